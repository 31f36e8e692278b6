/**
 * A build stopped from outside (Ctrl-C, SIGTERM from a CI runner, a closed terminal) cleans up as a
 * failed one does: its child processes are ended and its staging folder removed, so the output folder
 * is still the previous good build. And a fault injected after a named step, for the tests that prove it.
 */
import { BuildFailure } from '../failure.ts';

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/**
 * On SIGINT, SIGTERM or SIGHUP: runs `cleanUp` once, says that nothing was published, and exits
 * with 128 + the signal's number, as a shell reports a process ended by it.
 */
export function onInterrupt(cleanUp: () => Promise<void>, shownOutDir: string): void {
  let stopping = false;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      cleanUp()
        .catch(() => undefined)
        .finally(() => {
          process.stderr.write(`\nbuild interrupted (${signal}): nothing was published; ${shownOutDir} is as it was before this build.\n`);
          process.exit(128 + number);
        });
    });
  }
}

/** The pipeline steps after which a fault can be injected. */
export const FAULT_STEPS = ['render', 'og-images', 'search-index', 'audit'] as const;
export type FaultStep = (typeof FAULT_STEPS)[number];

/**
 * Test hook: WATCHMAN_INJECT_FAULT=<step> makes the build fail right after that step has written its
 * output into the staging folder, so a test can prove that a failure at any step publishes nothing.
 */
export function injectedFault(step: FaultStep, requested = process.env.WATCHMAN_INJECT_FAULT): void {
  if (requested === step) throw new BuildFailure(`fault injected after the ${step} step (WATCHMAN_INJECT_FAULT=${step}); nothing was published.`);
}
