// Compact failure output: a problem that repeats on many pages is printed once, with where it occurs.

/** `message` once, followed by where it occurs: `  in N files: a, b, c, … (+M more)`. */
export function groupByMessage(entries: { message: string; where: string }[], shown = 50): string {
  const groups = new Map<string, string[]>();
  for (const { message, where } of entries) groups.set(message, [...(groups.get(message) ?? []), where]);
  return [...groups]
    .map(([message, wheres]) => {
      const list = wheres.slice(0, shown).join(', ') + (wheres.length > shown ? `, … (+${wheres.length - shown} more)` : '');
      return `${message}\n  in ${wheres.length} ${wheres.length === 1 ? 'place' : 'places'}: ${list}`;
    })
    .join('\n');
}
