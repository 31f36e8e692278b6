/** `npm run new -- "Title" --author <id> [--kicker …] [--source …] [--date YYYY-MM-DD] [--root DIR]`: starts a new article. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentFiles } from '../src/lib/content/load.ts';
import { idFromPath, ARTICLES_DIR } from '../src/lib/content/layout.ts';
import { newArticleText } from '../src/lib/authoring/new-article.ts';
import { checkCalendarDate } from '../src/lib/dates.ts';
import { slugify } from '../src/lib/slug.ts';
import { closestMatch } from '../src/lib/suggest.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    author: { type: 'string' },
    kicker: { type: 'string' },
    source: { type: 'string' },
    date: { type: 'string' },
    root: { type: 'string', default: '.' },
  },
});

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const root = resolve(values.root ?? '.');
const title = positionals.join(' ').trim();
if (!title) fail('Usage: npm run new -- "Title of the article" --author <id> [--kicker …] [--source …]');
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

const id = slugify(title);
if (!id) fail('The title needs letters or digits to make a file name.');
const taken = content.articles.find((f) => idFromPath(f.path).toLowerCase() === id);
if (taken) fail(`Not overwriting: ${taken.path} already has the id "${id}". Choose another title, or edit that file.`);
const file = join(ARTICLES_DIR, `${id}.md`);
if (existsSync(join(root, file))) fail(`Not overwriting ${file}.`);

mkdirSync(join(root, ARTICLES_DIR), { recursive: true });
writeFileSync(
  join(root, file),
  newArticleText({ title, author: values.author, date, ...(values.kicker ? { kicker: values.kicker } : {}), ...(values.source ? { source: values.source } : {}) }),
);
process.stdout.write(
  `Created ${file} (a draft).\nNext: ${values.source ? '' : 'add the source, '}write the excerpt and commentary, fill in topics, scripture and quotes, then remove "draft: true" and run npm run check.\n`,
);
