/**
 * Dates written in prose at the end of a paragraph: `, 14 September 2023`, `September 14, 2023`,
 * `Sept. 14, 2023`; in German `, 14. September 2023`, `, 14.09.2023`. The forms and month names are
 * the language's (language-en.ts, language-de.ts).
 */
import { checkCalendarDate } from '../text/dates.ts';
import { ENGLISH_IMPORT } from './language-en.ts';
import { memoByLanguage, type ImporterLanguage } from './language.ts';

/**
 * The date must close the paragraph (only `.`, `)` or `]` after it) and follow a comma, a dash, an
 * opening parenthesis or a line break, so a sentence such as "signed on 3 March 2021." is not
 * taken for the publication date.
 */
const atEnd = memoByLanguage((language) =>
  language.dateForms.map(
    (form) => new RegExp(String.raw`(?:^|\n|[,(\u2013\u2014-][ \t]*)${language.weekday}(?:${form.pattern})[ \t]*[.)\]]*[ \t]*$`, 'u'),
  ),
);

export interface ProseDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The date as written, e.g. `14 Sept 2023`. */
  text: string;
}

export type ProseDateResult = { ok: true; found: ProseDate } | { ok: false; text: string; message: string } | undefined;

/** The date that ends a paragraph, if any; an impossible day (`31 September 2023`) is reported, not corrected. */
export function dateAtEnd(paragraph: string, language: ImporterLanguage = ENGLISH_IMPORT): ProseDateResult {
  const trimmed = paragraph.trimEnd();
  for (const pattern of atEnd(language)) {
    const match = pattern.exec(trimmed);
    if (!match?.groups) continue;
    const { day = '', month: monthName = '', year = '' } = match.groups;
    const month = language.monthNumber(monthName.replace(/\.$/u, '').toLowerCase());
    const text = match[0].replace(/^[\s,(\u2013\u2014-]+|[\s.)\]]+$/gu, '').replace(/\s+/gu, ' ');
    if (!month) return undefined;
    const iso = `${year.padStart(4, '0')}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    const check = checkCalendarDate(iso);
    if (!check.ok) return { ok: false, text, message: `${check.message}; ${check.fix}` };
    return { ok: true, found: { date: check.date, text } };
  }
  return undefined;
}
