// The "Project layout" block of docs/architecture.md is the map of the code: every path it names exists,
// and every folder of src/ and src/lib/ is on it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const doc = readFileSync('docs/architecture.md', 'utf8');
const section = doc.split(/^## Project layout$/m)[1]?.split(/^## /m)[0] ?? '';
const block = section.match(/```\n([\s\S]*?)```/)?.[1] ?? '';
const entries = block
  .split('\n')
  .filter((line) => /^\S/.test(line))
  .map((line) => line.split(/\s{2,}/)[0]!.trim());

const folders = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}/`);

describe('project layout in docs/architecture.md', () => {
  it('has a layout block', () => {
    expect(entries.length).toBeGreaterThan(10);
  });

  it('names only paths that exist', () => {
    const missing = entries.flatMap((entry) => entry.split(/,\s*/)).filter((path) => !existsSync(path.replace(/\/$/, '')));
    expect(missing).toEqual([]);
  });

  it('lists every folder of src/ and src/lib/', () => {
    const listed = new Set(entries.flatMap((entry) => entry.split(/,\s*/)));
    const unlisted = [...folders('src'), ...folders('src/lib')].filter((folder) => !listed.has(folder));
    expect(unlisted).toEqual([]);
  });
});
