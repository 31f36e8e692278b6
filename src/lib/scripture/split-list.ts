/**
 * The comma-split trap: in German a verse follows a comma (`Mt 24,6`), and a YAML flow list splits
 * at every comma, so `scripture: [Mt 24,6, Dan 9,27]` is read as four entries `Mt 24`, `6`, `Dan 9`,
 * `27` — each valid-looking, the verses silently lost. A list written one entry a line never splits.
 * Pure: given the field's YAML text and the list the YAML parser made of it, says whether that happened.
 */

/** A list that was split at verse commas: what was read, what was meant, and the fix. */
export type SplitList = {
  /** The entries as the YAML parser read them. */
  read: string[];
  /** The entries as written, the verse commas put back. */
  meant: string[];
  message: string;
  fix: string;
};

// What the part after a verse comma looks like: `6`, `6-7`, `16–18`, `16.18` (German verse lists).
const VERSE_PART = /^\d{1,3}(?:\s*[-\u2010-\u2015]\s*\d{1,3})?(?:\.\d{1,3})*$/;

/**
 * `raw` is the field's text in the file (`scripture: [Mt 24,6, Dan 9,27]`, or only its value),
 * `parsed` the list the YAML parser made of it. Returns undefined unless the list is a flow list
 * (`[…]`) in which an entry that is only a verse part follows an entry that ends with a chapter.
 */
export function detectSplitList(raw: string, parsed: readonly unknown[]): SplitList | undefined {
  const value = raw.replace(/^\s*[\w-]+\s*:/, '').trimStart();
  if (!value.startsWith('[')) return undefined;
  const read = parsed.map((item) => String(item).trim());
  const meant: string[] = [];
  let split = false;
  for (const entry of read) {
    const previous = meant[meant.length - 1];
    if (previous !== undefined && /\d$/.test(previous) && VERSE_PART.test(entry)) {
      meant[meant.length - 1] = `${previous},${entry}`;
      split = true;
    } else {
      meant.push(entry);
    }
  }
  if (!split) return undefined;
  const shown = read.map((entry) => `"${entry}"`).join(', ');
  return {
    read,
    meant,
    message: `the list in brackets was read as ${read.length} entries (${shown}): YAML splits a bracketed list at every comma, also at the comma before a verse`,
    fix: `write one reference per line:\n${meant.map((entry) => `  - ${entry}`).join('\n')}`,
  };
}
