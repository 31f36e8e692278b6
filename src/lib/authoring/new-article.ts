/** The text of a new article file: every contract field present, optional ones commented out with a hint. */
import { articleSchema } from '../../schema/article.ts';
import { yamlScalar as scalar } from './yaml-text.ts';

export interface NewArticleInput {
  title: string;
  author: string;
  /** Publication date, YYYY-MM-DD (the CLI passes today). */
  date: string;
  kicker?: string;
  source?: string;
}

/**
 * Why `check` would refuse this value of a field `new` writes (the schema's own words), or
 * undefined: `new` refuses what its own check would reject instead of writing it.
 */
export function fieldProblem(field: 'title' | 'kicker' | 'source', value: string): string | undefined {
  const result = articleSchema.shape[field].safeParse(value);
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join('; ');
}

/** A title as `new` writes it: one line (line breaks and tabs typed into the shell become spaces), trimmed. */
export function oneLineTitle(typed: string): string {
  return typed.replace(/[\t\n\r]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Starts as a draft, so the placeholder body cannot be published by accident. A missing source is
 * left as a comment: `npm run check` then reports it as required rather than accepting a placeholder.
 */
export function newArticleText(input: NewArticleInput): string {
  const lines = [
    '---',
    `title: ${scalar(input.title)}`,
    input.kicker ? `kicker: ${scalar(input.kicker)}` : '# kicker: short label shown above the title, e.g. North Korea',
    `date: ${input.date}`,
    '# updated: YYYY-MM-DD of a substantive update (not before date)',
    `author: ${scalar(input.author)}`,
    '# summary: up to 300 characters; without it the opening of the body is used',
    input.source
      ? `source: ${scalar(input.source)}`
      : '# source: REQUIRED: the publication, e.g. Example Wire, or { name: Example Wire, url: "https://…", section: World }',
    '# topics: [Middle East, Diplomacy]',
    '# scripture: [Luke 21:7-8, Matthew 24, Ezekiel]',
    '# quotes:',
    '#   - text: "Words exactly as they appear in the body"',
    '#     speaker: A. Minister',
    '#     role: Foreign minister',
    '# series: { name: The Message of Nahum, part: 2 }   (or just the name: parts then go by date)',
    '# corrections: (after publication; set updated to the latest date too)',
    '#   - date: YYYY-MM-DD',
    '#     text: What was wrong and what it now says',
    '# updates: (new facts or a follow-up after publication, not a correction; the latest counts as updated)',
    '#   - date: YYYY-MM-DD',
    '#     text: What is new since publication',
    'draft: true # remove this line (or set false) to publish',
    '---',
    '',
    '> The news excerpt: paste the passage you are commenting on, with its source above.',
    '',
    '## Commentary',
    '',
    'Your commentary, citing passages such as Luke 21:7-8.',
    '',
  ];
  return lines.join('\n');
}
