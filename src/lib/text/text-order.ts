/**
 * The two orders the site uses for text, both the same on every machine. `localeCompare` without a
 * locale follows the build machine's LANG, which made two builds of one commit differ.
 */

/** Orders by UTF-16 code units: for ids, paths and tie-breaks, where only stability matters. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// English collation, fixed: readers see "Åland" beside "Aland", not after "Zambia".
const displayCollator = new Intl.Collator('en', { sensitivity: 'variant', numeric: true });

/** Orders names as a reader expects (English rules, whatever the machine's locale), code units breaking ties. */
export function compareForDisplay(a: string, b: string): number {
  return displayCollator.compare(a, b) || compareText(a, b);
}
