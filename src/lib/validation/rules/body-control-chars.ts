/** body-control-chars: control characters are invisible, yet reach the page, its description and the search index. */
import type { FileRule, Finding } from '../rule.ts';

// C0 and C1 controls other than tab and line breaks.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** At most this many are reported per file: one is enough to find the rest. */
const MAX_REPORTED = 20;

/** Control characters in a body, each with its line. Linear: one pass. */
export function controlCharacterFindings(body: string, bodyLine: number): Finding[] {
  const findings: Finding[] = [];
  let line = 1;
  let counted = 0;
  for (const match of body.matchAll(CONTROL)) {
    for (let i = counted; i < match.index; i++) if (body.charCodeAt(i) === 10) line++;
    counted = match.index;
    findings.push({
      line: bodyLine + line - 1,
      field: '(body)',
      value: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      message: 'the text contains an invisible control character',
      fix: 'delete it (retype the text around it if you cannot see it)',
    });
    if (findings.length >= MAX_REPORTED) break;
  }
  return findings;
}

export const bodyControlChars: FileRule = {
  id: 'body-control-chars',
  description: 'The body has no invisible control characters (other than tab and line breaks).',
  example: 'the text contains an invisible control character',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article', 'author', 'person'],
  check: (file) => (file.body === undefined ? [] : controlCharacterFindings(file.body, file.bodyLine)),
};
