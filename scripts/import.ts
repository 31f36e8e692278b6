/**
 * `npm run import -- <file.txt>... [--author <id>] [--source <name>] [--date YYYY-MM-DD] [--kicker …]
 * [--lang <edition>] [--out DIR] [--root DIR] [--force]`: converts plain-text articles in the house
 * style into content/articles/<slug>.md (see src/lib/importer/); with `--lang de`, German house style
 * into content/articles/de/<slug>.md with `lang: de`. Flags only fill in what the text does not say.
 * Never overwrites a file unless --force; prints what it found and what is left to do for each file.
 * Exit 1 when a file could not be imported or written.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { exitWithUsage, parseToolOptions, projectRootProblem } from '../src/lib/cli/options.ts';
import { readLimited } from '../src/lib/files/read-limited.ts';
import { loadContentFiles } from '../src/lib/content/load.ts';
import { AUTHORS_DIR, idFromPath } from '../src/lib/content/layout.ts';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';
import { validateContent, type SourceFile } from '../src/lib/validation/run.ts';
import { checkCalendarDate } from '../src/lib/text/dates.ts';
import { formatProblem } from '../src/lib/validation/problems.ts';
import { closestMatch } from '../src/lib/text/suggest.ts';
import { IMPORT_LANGUAGES, importArticle, ImportError, isImportLanguage, type KnownAuthor } from '../src/lib/importer/index.ts';
import { articlesDirFor, chooseLang, sameIdInEdition } from '../src/lib/authoring/edition.ts';
import { SITE_EDITIONS } from '../src/lib/editions/config.ts';
import { decodeText } from '../src/lib/files/decode-text.ts';
import { UnsafeWriteError, writeFilesAtomically, type FileToWrite } from '../src/lib/files/atomic-write.ts';
import { terminalSafe } from '../src/lib/text/terminal.ts';

/** Largest input accepted: a long article is 50 kB of text; anything near this is not one. */
const MAX_INPUT_BYTES = 2 * 1024 * 1024;

const USAGE =
  'Usage: npm run import -- <file.txt>... [--author <id>] [--source <name>] [--date YYYY-MM-DD] [--kicker <label>] [--lang <edition>] [--out DIR] [--root DIR] [--force]';

const TOOL = { name: 'npm run import', usage: USAGE };
const { values, positionals } = parseToolOptions(TOOL, {
  strict: true,
  allowPositionals: true,
  options: {
    author: { type: 'string' },
    source: { type: 'string' },
    date: { type: 'string' },
    kicker: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    root: { type: 'string', default: '.' },
    force: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  process.stderr.write(`${terminalSafe(message)}\n`);
  process.exit(1);
}

const toPosix = (path: string): string => path.split(sep).join('/');

if (positionals.length === 0) exitWithUsage(TOOL, 'give the text files to import');

// `npm run` starts scripts in the project folder; paths on the command line are meant from where it was typed.
const here = process.env['INIT_CWD'] ?? process.cwd();
const root = resolve(here, values.root ?? '.');
const rootProblem = projectRootProblem(root);
if (rootProblem) exitWithUsage(TOOL, `${rootProblem} (fix: give the folder that holds content/)`);
// The edition: its house style, and for an edition other than the default, its own folder and `lang`.
const langChoice = chooseLang(SITE_EDITIONS, values.lang, Object.keys(IMPORT_LANGUAGES));
if (!langChoice.ok) exitWithUsage(TOOL, langChoice.message);
const lang = langChoice.lang;
if (!isImportLanguage(lang)) exitWithUsage(TOOL, `--lang ${lang}: no house-style tables for this language`);
const outDir = values.out ? resolve(here, values.out) : join(root, articlesDirFor(lang, langChoice.isDefault));
const content = loadContentFiles(root);
const authorFiles: SourceFile[] = [...content.authors];
const authors: KnownAuthor[] = authorFiles.flatMap(authorOf);

if (values.date !== undefined) {
  const check = checkCalendarDate(values.date);
  if (!check.ok) fail(`--date ${values.date}: ${check.message} (${check.fix})`);
}
if (values.author !== undefined && !authors.some((a) => a.id === values.author)) {
  const ids = authors.map((a) => a.id).sort();
  const guess = closestMatch(values.author, ids);
  fail(`--author: no author "${values.author}" in ${AUTHORS_DIR}/.${guess ? ` Did you mean "${guess}"?` : ''} Known authors: ${ids.join(', ') || '(none)'}`);
}

const options = {
  authors,
  ...(values.author ? { author: values.author } : {}),
  ...(values.source ? { source: values.source } : {}),
  ...(values.date ? { date: values.date } : {}),
  ...(values.kicker ? { kicker: values.kicker } : {}),
  lang,
  defaultLang: SITE_EDITIONS.defaultLang,
};

let failed = 0;
const written: string[] = [];
for (const input of positionals) {
  const report: string[] = [];
  const result = importOne(input, report);
  if (!result) failed++;
  // File names and text in the report come from the input: escaped for the terminal.
  process.stdout.write(`${report.map(terminalSafe).join('\n')}\n\n`);
}
const summary = `${written.length} of ${positionals.length} file${positionals.length === 1 ? '' : 's'} imported.`;
process.stdout.write(`${summary}${written.length ? ' Run npm run check before publishing.' : ''}\n`);
process.exitCode = failed > 0 ? 1 : 0;

function importOne(input: string, report: string[]): boolean {
  // Checked on the open file: a device or a FIFO is refused (and cannot block), whatever its name says.
  const read = readLimited(resolve(here, input), { maxBytes: MAX_INPUT_BYTES });
  if (!read.ok) {
    const fix = read.reason === 'too-large' ? 'give one article per file' : read.fix;
    const message = `${read.reason === 'too-large' ? 'the file' : 'it'} ${read.message.replace(/accepted$/, 'an article can be')}`;
    report.push(`${input}: not imported: ${message} (fix: ${fix})`);
    return false;
  }
  const bytes = read.bytes;
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    report.push(`${input}: not imported: ${decoded.message} (fix: ${decoded.fix})`);
    return false;
  }
  const text = decoded.text;
  let result;
  try {
    result = importArticle(text, { ...options, authors });
  } catch (error) {
    if (error instanceof ImportError) {
      report.push(`${input}: not imported: ${error.message}`);
      return false;
    }
    throw error;
  }
  const target = join(outDir, `${result.id}.md`);
  const shown = toPosix(relative(root, target));
  report.push(`${input} → ${shown}`);
  if (existsSync(target) && !values.force) {
    report.push(`  Not overwriting ${shown}: it already exists (use --force to replace it).`);
    return false;
  }
  // Ids are unique within an edition: an article of another edition may have the same one.
  const others = content.articles.filter((f) => resolve(root, f.path) !== target);
  const clash = sameIdInEdition(others, result.id, lang, SITE_EDITIONS.defaultLang);
  if (clash) {
    report.push(`  Not writing: ${clash.path} already has the id "${result.id}" in the ${lang} edition (two articles of one edition cannot share an id). Rename one of them.`);
    return false;
  }

  // The article and a new author are written together or not at all.
  const todo = [...result.todo];
  const files: FileToWrite[] = [{ path: target, text: result.markdown }];
  let newAuthorFile: SourceFile | undefined;
  if (result.newAuthor) {
    const authorPath = join(root, AUTHORS_DIR, `${result.newAuthor.id}.md`);
    if (existsSync(authorPath)) {
      todo.push(`author: ${toPosix(relative(root, authorPath))} exists but could not be read as an author; fix it (the article names author: ${result.newAuthor.id})`);
    } else {
      files.push({ path: authorPath, text: result.newAuthor.markdown, within: join(root, 'content') });
      newAuthorFile = { path: toPosix(relative(root, authorPath)), text: result.newAuthor.markdown };
    }
  }
  try {
    // Inside content/ (or the --out folder), never through a symbolic link that leads elsewhere.
    writeFilesAtomically(files, { within: values.out ? outDir : join(root, 'content'), overwrite: values.force });
  } catch (error) {
    const reason = error instanceof UnsafeWriteError ? `${error.message} (fix: ${error.fix})` : `could not write: ${(error as Error).message}`;
    report.push(`  Not written: ${reason}. Nothing was written.`);
    return false;
  }
  if (newAuthorFile && result.newAuthor) {
    authorFiles.push(newAuthorFile);
    authors.push({ id: result.newAuthor.id, name: result.newAuthor.name });
    report.push(`  created ${newAuthorFile.path}`);
  }
  written.push(shown);

  report.push('  found:', ...result.found.map((line) => `    ${line}`));
  // The same validation as npm run check, on this file and the authors.
  const problems = validateContent({ articles: [{ path: shown, text: result.markdown }], authors: authorFiles }).problems.filter((p) => p.file === shown);
  if (todo.length === 0 && problems.length === 0) {
    report.push('  to do: nothing; the file passes npm run check');
    return true;
  }
  report.push('  to do:', ...todo.map((line) => `    - ${line}`));
  if (problems.length) {
    report.push(`  npm run check reports ${problems.length} problem${problems.length === 1 ? '' : 's'}:`, ...problems.map((p) => `    ${formatProblem(p)}`));
  } else report.push('  npm run check passes for this file already.');
  return true;
}

/** `{ id, name }` of an author file whose frontmatter has a name. */
function authorOf(file: SourceFile): KnownAuthor[] {
  const split = splitFrontmatter(file.text);
  if (!split.ok || typeof split.data !== 'object' || split.data === null) return [];
  const name = (split.data as { name?: unknown }).name;
  return typeof name === 'string' && name.trim() ? [{ id: idFromPath(file.path), name: name.trim() }] : [];
}
