/**
 * `npm run new -- "Title" --author <id> [--kicker …] [--source …] [--date YYYY-MM-DD] [--lang <edition>] [--root DIR]`:
 * starts a new article; `--lang de` writes `lang: de` into content/articles/de/ with an id
 * transliterated the German way (`Gespräche über` → `gespraeche-ueber`). A title that starts with "-" is given as --title=-… or after a lone "--".
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exitWithUsage, parseToolOptions, projectRootProblem } from '../src/lib/cli/options.ts';
import { loadContentFiles } from '../src/lib/content/load.ts';
import { idFromPath } from '../src/lib/content/layout.ts';
import { articlesDirFor, chooseLang, sameIdInEdition } from '../src/lib/authoring/edition.ts';
import { SITE_EDITIONS } from '../src/lib/editions/config.ts';
import { fieldProblem, newArticleText, oneLineTitle } from '../src/lib/authoring/new-article.ts';
import { checkCalendarDate } from '../src/lib/text/dates.ts';
import { fileIdFrom, MAX_GENERATED_ID_LENGTH, type SlugLanguage } from '../src/lib/text/slug.ts';
import { closestMatch } from '../src/lib/text/suggest.ts';
import { terminalSafe } from '../src/lib/text/terminal.ts';
import { UnsafeWriteError, writeFilesAtomically } from '../src/lib/files/atomic-write.ts';

const TOOL = {
  name: 'npm run new',
  usage: 'Usage: npm run new -- "Title of the article" --author <id> [--kicker <label>] [--source <name>] [--date YYYY-MM-DD] [--lang <edition>] [--root DIR]\n       (a title starting with "-": --title=-… or after a lone --, e.g. npm run new -- --author <id> -- "-title")',
};

const { values, positionals } = parseToolOptions(TOOL, {
  strict: true,
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    author: { type: 'string' },
    kicker: { type: 'string' },
    source: { type: 'string' },
    date: { type: 'string' },
    lang: { type: 'string' },
    root: { type: 'string', default: '.' },
  },
});

function fail(message: string): never {
  process.stderr.write(`${terminalSafe(message)}\n`);
  process.exit(1);
}

const root = resolve(values.root ?? '.');
const langChoice = chooseLang(SITE_EDITIONS, values.lang);
if (!langChoice.ok) exitWithUsage(TOOL, langChoice.message);
const lang = langChoice.lang;
const rootProblem = projectRootProblem(root);
if (rootProblem) exitWithUsage(TOOL, `${rootProblem} (fix: give the folder that holds content/)`);
// A title is one line: line breaks and tabs typed into the shell become spaces (the frontmatter
// would otherwise hold a multi-line title that check rejects); other control characters are refused.
if (values.title !== undefined && positionals.length) exitWithUsage(TOOL, `the title is given twice: --title and ${JSON.stringify(positionals.join(' '))}; give one`);
const title = oneLineTitle(values.title ?? positionals.join(' '));
const kicker = values.kicker?.trim();
const source = values.source?.trim();
for (const [name, value] of [['title', title], ['--kicker', kicker], ['--source', source]] as const) {
  if (value && /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(value)) fail(`${name}: has a control or bidi character (shown escaped here: ${value}); type it again without it`);
}
if (!title) exitWithUsage(TOOL, 'give the title of the article');
const content = loadContentFiles(root);
const authors = content.authors.map((f) => idFromPath(f.path)).sort();
if (!values.author) fail(`Give the author with --author <id>. Known authors: ${authors.join(', ') || '(none: add content/authors/<id>.md)'}`);
if (!authors.includes(values.author)) {
  const guess = closestMatch(values.author, authors);
  fail(`No author "${values.author}" in content/authors/.${guess ? ` Did you mean "${guess}"?` : ''} Known authors: ${authors.join(', ') || '(none)'}`);
}
// Today in the machine's own calendar, which is what an author means by "today".
const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const date = values.date ?? today;
const dateCheck = checkCalendarDate(date);
if (!dateCheck.ok) fail(`--date ${date}: ${dateCheck.message} (${dateCheck.fix})`);

// Languages without their own transliteration slug the English way (accents dropped).
const id = fileIdFrom(title, (lang === 'de' ? 'de' : 'en') satisfies SlugLanguage);
if (!id) fail('The title needs letters or digits to make a file name.');
if (title.length > 200) fail(`The title has ${title.length} characters; titles have at most 200. Shorten it (the file name is cut to ${MAX_GENERATED_ID_LENGTH} characters anyway).`);
// Whatever check would refuse is refused here, with check's own words, rather than written.
for (const [flag, field, value] of [['title', 'title', title], ['--kicker', 'kicker', kicker], ['--source', 'source', source]] as const) {
  const problem = value === undefined ? undefined : fieldProblem(field, value);
  if (problem) fail(`${flag} ${JSON.stringify(value)}: ${problem}`);
}
// Ids are unique within an edition: an article of another edition may have the same one.
const taken = sameIdInEdition(content.articles, id, lang, SITE_EDITIONS.defaultLang);
if (taken) fail(`Not overwriting: ${taken.path} already has the id "${id}". Choose another title, or edit that file.`);
const file = join(articlesDirFor(lang, langChoice.isDefault), `${id}.md`);
if (existsSync(join(root, file))) fail(`Not overwriting: ${file} already exists. Choose another title, or edit that file.`);

try {
  writeFilesAtomically(
    [{ path: join(root, file), text: newArticleText({ title, author: values.author, date, ...(kicker ? { kicker } : {}), ...(source ? { source } : {}), ...(langChoice.isDefault ? {} : { lang }) }) }],
    { within: join(root, 'content') },
  );
} catch (error) {
  if (error instanceof UnsafeWriteError) fail(`${error.message} (${error.fix})`);
  fail(`Could not write ${file}: ${(error as Error).message}. Nothing was written.`);
}
process.stdout.write(
  `Created ${file} (a draft).\nNext: ${source ? '' : 'add the source, '}write the excerpt and commentary, fill in topics, scripture and quotes, then remove "draft: true" and run npm run check.\n`,
);
