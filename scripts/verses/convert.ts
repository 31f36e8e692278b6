/**
 * `node scripts/verses/convert.ts <file.osis.xml> --out <file.json> --id web --name "World English Bible"
 *  --abbreviation WEB --language en --license "public domain" [--only Matt.24,Rev.13]`
 *
 * Converts an OSIS XML Bible (from a SWORD module: `mod2osis <module> > file.osis.xml`) to the
 * project's verse file, and reports what it kept, skipped and could not read. Verses of the
 * canon's (KJV) versification that the text lacks are listed: looking one up is an error.
 */
import { writeFileSync } from 'node:fs';
import { exitWithUsage, parseToolOptions } from '../../src/lib/cli/options.ts';
import { readLimited } from '../../src/lib/files/read-limited.ts';
import { BOOKS } from '../../src/lib/scripture/canon.ts';
import { checkVerseFile, type TranslationInfo, type VerseFile } from '../../src/lib/scripture/verse-source.ts';
import { osisToVerses } from './osis.ts';

const TOOL = {
  name: 'verses convert',
  usage: 'Usage: node scripts/verses/convert.ts <file.osis.xml> --out <file.json> --id <id> --name <name> --abbreviation <abbr> --language <bcp47> --license <license> [--only Book,Book.Chapter]',
};
// A whole OSIS Bible is 15–30 MB; far above that is not one.
const MAX_OSIS_BYTES = 200 * 2 ** 20;

const { values, positionals } = parseToolOptions(TOOL, {
  strict: true,
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    id: { type: 'string' },
    name: { type: 'string' },
    abbreviation: { type: 'string' },
    language: { type: 'string' },
    license: { type: 'string' },
    only: { type: 'string' },
  },
});

const input = positionals[0];
const { out, id, name, abbreviation, language, license } = values;
if (!input) exitWithUsage(TOOL, 'give the OSIS file to convert');
if (!out || !id || !name || !abbreviation || !language || !license) {
  const missing = (['out', 'id', 'name', 'abbreviation', 'language', 'license'] as const).filter((option) => !values[option]);
  exitWithUsage(TOOL, `${missing.map((option) => `--${option}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} required`);
}
if (positionals.length > 1) exitWithUsage(TOOL, `one OSIS file at a time (found ${positionals.length})`);
// Checked on the open file: a device, a FIFO or a folder is refused, and so is a file far larger than a Bible.
const read = readLimited(input, { maxBytes: MAX_OSIS_BYTES });
if (!read.ok) exitWithUsage(TOOL, `${input}: ${read.message} (fix: ${read.fix})`);

const only = values.only?.split(',').map((part) => part.trim()).filter(Boolean);
const translation: TranslationInfo = { id, name, abbreviation, language, license };
const result = osisToVerses(read.bytes.toString('utf8'), only ? { only } : {});
const file: VerseFile = checkVerseFile({ translation, verses: result.verses }, out);
writeFileSync(out, serialise(file));

const seen = new Set([...Object.keys(result.verses), ...result.skipped.empty].map((key) => key.split('.').slice(0, 2).join('.')));
const missing = missingVerses(result.verses, seen);
const absentChapters = BOOKS.flatMap((book) => book.verses.map((_, index) => `${book.id}.${index + 1}`)).filter((chapter) => !seen.has(chapter));
console.log(`${out}: ${Object.keys(result.verses).length} verses of ${name} (${abbreviation})`);
console.log(`skipped: ${result.skipped.outsideCanon} verses outside the 66-book canon, ${result.skipped.empty.length} without text${list(result.skipped.empty)}`);
console.log(`missing verses of the KJV versification in the chapters converted: ${missing.length}${list(missing)}`);
console.log(`canon chapters not in the input: ${absentChapters.length} of 1189`);
for (const problem of result.problems) console.error(`problem: ${problem}`);
process.exitCode = result.problems.length > 0 ? 1 : 0;

/** One verse a line, so a verse file diffs by verse. */
function serialise(data: VerseFile): string {
  const lines = Object.entries(data.verses).map(([key, text]) => `    ${JSON.stringify(key)}: ${JSON.stringify(text)}`);
  return `{\n  "translation": ${JSON.stringify(data.translation)},\n  "verses": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/** Canon verses of the chapters converted that the text does not have. */
function missingVerses(verses: Record<string, string>, chapters: ReadonlySet<string>): string[] {
  const missing: string[] = [];
  for (const book of BOOKS) {
    book.verses.forEach((count, index) => {
      const chapter = index + 1;
      if (!chapters.has(`${book.id}.${chapter}`)) return;
      for (let verse = 1; verse <= count; verse++) {
        if (verses[`${book.id}.${chapter}.${verse}`] === undefined) missing.push(`${book.id}.${chapter}.${verse}`);
      }
    });
  }
  return missing;
}

function list(ids: readonly string[]): string {
  return ids.length === 0 ? '' : ` (${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''})`;
}
