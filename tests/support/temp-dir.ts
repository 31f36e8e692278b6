// Vitest global setup: every temporary folder of a run under one folder, removed when the run ends.
// Tests and the builds and browsers they start call os.tmpdir(), which reads TMPDIR, so no test has to
// remember its own clean-up (runs used to leave gigabytes of audit-, og-, publish- folders in /tmp).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MARK = 'WATCHMAN_TEST_TMPDIR';

export default function setup(): (() => void) | undefined {
  // Each project of the config inherits this setup; the first one makes the folder for the whole run.
  if (process.env[MARK]) return undefined;
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'watchman-tests-'));
  process.env.TMPDIR = dir;
  process.env[MARK] = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    delete process.env[MARK];
    rmSync(dir, { recursive: true, force: true });
  };
}
