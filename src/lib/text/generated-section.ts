/** A generated part of a Markdown document: the text between two marker lines, rewritten by a command. */

/** `doc` with the text between `start` and `end` replaced by `text`; throws when a marker is missing. */
export function withGeneratedSection(doc: string, markers: { start: string; end: string; file: string }, text: string): string {
  const start = doc.indexOf(markers.start);
  const end = doc.indexOf(markers.end);
  if (start === -1 || end === -1 || end < start) throw new Error(`${markers.file} needs the lines ${markers.start} and ${markers.end}`);
  return `${doc.slice(0, start + markers.start.length)}\n${text.trim()}\n${doc.slice(end)}`;
}
