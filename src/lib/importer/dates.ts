/** Dates written in prose at the end of a paragraph: `, 14 September 2023`, `September 14, 2023`, `Sept. 14, 2023`. */
import { checkCalendarDate } from '../text/dates.ts';

const MONTH_NAMES: ReadonlyArray<readonly [RegExp, number]> = [
  [/^jan(?:uary)?$/u, 1], [/^feb(?:ruary)?$/u, 2], [/^mar(?:ch)?$/u, 3], [/^apr(?:il)?$/u, 4], [/^may$/u, 5],
  [/^june?$/u, 6], [/^july?$/u, 7], [/^aug(?:ust)?$/u, 8], [/^sept?(?:ember)?$/u, 9], [/^oct(?:ober)?$/u, 10],
  [/^nov(?:ember)?$/u, 11], [/^dec(?:ember)?$/u, 12],
];

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?`;
const DAY_MONTH_YEAR = String.raw`(\d{1,2})\s+(${MONTH})\s+(\d{4})`;
const MONTH_DAY_YEAR = String.raw`(${MONTH})\s+(\d{1,2}),?\s+(\d{4})`;
/**
 * The date must close the paragraph (only `.`, `)` or `]` after it) and follow a comma, a dash, an
 * opening parenthesis or a line break, so a sentence such as "signed on 3 March 2021." is not
 * taken for the publication date.
 */
const AT_END = new RegExp(
  String.raw`(?:^|\n|[,(\u2013\u2014-][ \t]*)${WEEKDAY}(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})[ \t]*[.)\]]*[ \t]*$`,
  'u',
);

export interface ProseDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The date as written, e.g. `14 Sept 2023`. */
  text: string;
}

export type ProseDateResult = { ok: true; found: ProseDate } | { ok: false; text: string; message: string } | undefined;

/** The date that ends a paragraph, if any; an impossible day (`31 September 2023`) is reported, not corrected. */
export function dateAtEnd(paragraph: string): ProseDateResult {
  const match = AT_END.exec(paragraph.trimEnd());
  if (!match) return undefined;
  const [, dDay, dMonth, dYear, mMonth, mDay, mYear] = match;
  const day = Number(dDay ?? mDay);
  const monthName = (dMonth ?? mMonth ?? '').replace(/\.$/u, '').toLowerCase();
  const year = Number(dYear ?? mYear);
  const month = MONTH_NAMES.find(([pattern]) => pattern.test(monthName))?.[1];
  const text = match[0].replace(/^[\s,(\u2013\u2014-]+|[\s.)\]]+$/gu, '').replace(/\s+/gu, ' ');
  if (!month) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const check = checkCalendarDate(iso);
  if (!check.ok) return { ok: false, text, message: `${check.message}; ${check.fix}` };
  return { ok: true, found: { date: check.date, text } };
}
