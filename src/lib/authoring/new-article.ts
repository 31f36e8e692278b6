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
  /** The edition, written as `lang` (omitted for the site's default edition); German gets German examples. */
  lang?: string;
}

/**
 * What differs by language in the template: the example references (German ones one a line, since
 * a flow list `[Mt 24,6, Dan 9,27]` splits at the verse comma) and the placeholder body. The
 * comments stay English: they explain fields to whoever edits the file.
 */
const TEMPLATE_TEXT: Readonly<Record<string, { scripture: readonly string[]; body: readonly string[] }>> = {
  en: {
    scripture: ['# scripture: [Luke 21:7-8, Matthew 24, Ezekiel]'],
    body: ['> The news excerpt: paste the passage you are commenting on, with its source above.', '', '## Commentary', '', 'Your commentary, citing passages such as Luke 21:7-8.'],
  },
  de: {
    scripture: [
      '# scripture:   # one reference a line: a German verse follows a comma, which a [flow, list] would split',
      '#   - Lk 21,7-8',
      '#   - Matthäus 24',
      '#   - Hesekiel',
    ],
    body: ['> Der Nachrichtenauszug: Fügen Sie hier den Abschnitt ein, den Sie kommentieren, mit seiner Quelle.', '', '## Kommentar', '', 'Ihr Kommentar, mit Bibelstellen wie Lk 21,7-8.'],
  },
};

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
  const text = TEMPLATE_TEXT[input.lang ?? 'en'] ?? TEMPLATE_TEXT['en'];
  if (!text) throw new Error('the English template text is missing');
  const lines = [
    '---',
    `title: ${scalar(input.title)}`,
    input.kicker ? `kicker: ${scalar(input.kicker)}` : '# kicker: short label shown above the title, e.g. North Korea',
    ...(input.lang ? [`lang: ${scalar(input.lang)}`] : []),
    `date: ${input.date}`,
    '# updated: YYYY-MM-DD of a substantive update (not before date)',
    `author: ${scalar(input.author)}`,
    '# summary: up to 300 characters; without it the opening of the body is used',
    input.source
      ? `source: ${scalar(input.source)}`
      : '# source: REQUIRED: the publication, e.g. Example Wire, or { name: Example Wire, url: "https://…", section: World }',
    '# topics: [Middle East, Diplomacy]',
    ...text.scripture,
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
    ...text.body,
    '',
  ];
  return lines.join('\n');
}
