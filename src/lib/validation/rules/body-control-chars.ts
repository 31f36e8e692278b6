/**
 * body-control-chars: control and bidirectional characters are invisible, yet reach the page, its
 * description, the feeds and the search index; a bidirectional override reorders what readers see.
 * Text rules read decoded text: a character reference (`&#x202E;`, `&#27;`, `&rlm;`) or a string
 * escape in MDX (`{"\u202E"}`) that stands for one is that character (src/lib/markdown/mdx-facts.ts).
 */
import type { BodyFacts } from '../../facts/body-facts.ts';
import { HIDDEN_CHARACTER } from '../../markdown/mdx-facts.ts';
import { shortenValue } from '../problems.ts';
import type { FileRule, Finding } from '../rule.ts';

const HIDDEN = new RegExp(HIDDEN_CHARACTER.source, 'g');
/** At most this many are reported per file: one is enough to find the rest. */
const MAX_REPORTED = 20;

const codeOf = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
const isBidi = (codePoint: number) => codePoint > 0x9f;
const FIX = 'delete it (retype the text around it if you cannot see it)';

function message(codePoint: number, written?: string): string {
  const what = isBidi(codePoint) ? `a bidirectional control character (${codeOf(codePoint)}), which reorders how the text around it is shown` : 'an invisible control character';
  return written ? `the text contains ${what}, written as ${written}` : `the text contains ${what}`;
}

/** Control and bidirectional characters in a body, each with its line. Linear: one pass. */
export function controlCharacterFindings(body: string, bodyLine: number): Finding[] {
  const findings: Finding[] = [];
  let line = 1;
  let counted = 0;
  for (const match of body.matchAll(HIDDEN)) {
    for (let i = counted; i < match.index; i++) if (body.charCodeAt(i) === 10) line++;
    counted = match.index;
    const codePoint = match[0].charCodeAt(0);
    findings.push({ line: bodyLine + line - 1, field: '(body)', value: codeOf(codePoint), message: message(codePoint), fix: FIX });
    if (findings.length >= MAX_REPORTED) break;
  }
  return findings;
}

/** The same characters written as references or escapes, from the body's one parse. */
export function encodedCharacterFindings(facts: Pick<BodyFacts, 'encodedCharacters'>, bodyLine: number): Finding[] {
  return facts.encodedCharacters.slice(0, MAX_REPORTED).map(({ line, written, codePoint }) => {
    const reference = written.startsWith('&') ? written : undefined;
    return {
      line: bodyLine + line - 1,
      field: '(body)',
      value: reference ?? shortenValue(written),
      message: message(codePoint, reference ?? 'a character reference or escape in a value'),
      fix: reference ? `delete ${reference}` : FIX,
    };
  });
}

export const bodyControlChars: FileRule = {
  id: 'body-control-chars',
  description: 'The body has no invisible control characters (other than tab and line breaks) and no bidirectional controls, also when written as character references (&#x202E;).',
  example: 'the text contains an invisible control character',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article', 'author', 'bio', 'person'],
  check: (file) => {
    if (file.body === undefined) return [];
    const findings = [...controlCharacterFindings(file.body, file.bodyLine), ...(file.bodyFacts ? encodedCharacterFindings(file.bodyFacts, file.bodyLine) : [])];
    return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  },
};
