/**
 * The content as the build found it: every file under content/ with its size, change time and inode,
 * taken before validation starts. Compared again before publishing (and when a step fails): a file
 * deleted, added or edited while the build ran means the validated content is not what was rendered,
 * so nothing is published and the message names the files instead of the failure they caused.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { terminalSafe } from '../../text/terminal.ts';

export type ContentSnapshot = ReadonlyMap<string, string>;

/** Every entry under `<root>/content` (links not followed), keyed by its path from the root. */
export function snapshotContent(root: string): ContentSnapshot {
  const entries = new Map<string, string>();
  const walk = (relative: string) => {
    let names: string[];
    try {
      names = readdirSync(join(root, relative));
    } catch {
      return; // A folder that vanished shows as its files missing.
    }
    for (const name of names) {
      const path = `${relative}/${name}`;
      try {
        const stats = lstatSync(join(root, path), { bigint: true });
        // A folder's own times change with its entries, which are compared one by one.
        if (stats.isDirectory()) {
          entries.set(path, 'folder');
          walk(path);
        } else entries.set(path, `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`);
      } catch {
        // Gone between listing and looking: absent from this snapshot.
      }
    }
  };
  walk('content');
  return entries;
}

/** Sentences for what changed between two snapshots, files sorted; empty when nothing did. */
export function contentChanges(before: ContentSnapshot, after: ContentSnapshot): string[] {
  const changes: string[] = [];
  for (const [path, state] of before) {
    if (!after.has(path)) changes.push(`${path} was deleted or moved`);
    else if (after.get(path) !== state) changes.push(`${path} was changed`);
  }
  for (const path of after.keys()) if (!before.has(path)) changes.push(`${path} was added`);
  return changes.sort();
}

/** The failure message for content that changed while the build ran. */
export function contentChangedMessage(changes: readonly string[], shownOutDir: string): string {
  const listed = changes.slice(0, 10).map((change) => `  - ${terminalSafe(change)}`);
  if (changes.length > 10) listed.push(`  - and ${changes.length - 10} more`);
  return [
    `The content changed while the build ran, so what was checked is not what was built; nothing was published (${shownOutDir} is as it was before this build):`,
    ...listed,
    'Fix: run the build again once nothing is editing, syncing or deleting files in content/.',
  ].join('\n');
}
