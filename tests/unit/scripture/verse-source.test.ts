import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { osisToVerses } from '../../../scripts/verses/osis.ts';
import { parseReference } from '../../../src/lib/scripture/parse.ts';
import { passageText, passageTextFrom } from '../../../src/lib/scripture/text.ts';
import { checkVerseFile, KJV, LUTHER_1912, verseFileSource, verseSource } from '../../../src/lib/scripture/verse-source.ts';
import type { Passage } from '../../../src/lib/scripture/types.ts';

const EXCERPT = 'tests/fixtures/verses/web-excerpt.osis.xml';
const EXPECTED = 'tests/fixtures/verses/web-excerpt.json';

function passage(reference: string): Passage {
  const result = parseReference(reference);
  if (!result.ok) throw new Error(result.message);
  return result.passages[0]!;
}

describe('OSIS → verse file (scripts/verses)', () => {
  it('converts the committed WEB excerpt exactly as the committed verse file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verses-'));
    try {
      const out = join(dir, 'web.json');
      const args = [EXCERPT, '--out', out, '--id', 'web', '--name', 'World English Bible', '--abbreviation', 'WEB', '--language', 'en', '--license', 'public domain'];
      const report = execFileSync(process.execPath, ['scripts/verses/convert.ts', ...args], { encoding: 'utf8' });
      expect(report).toContain('57 verses of World English Bible (WEB)');
      expect(report).toContain('missing verses of the KJV versification in the chapters converted: 0');
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(EXPECTED, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns a usage mistake or a file that is not one into one line and the usage, exit 2, writing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verses-'));
    try {
      const out = join(dir, 'out.json');
      const full = ['--out', out, '--id', 'web', '--name', 'World English Bible', '--abbreviation', 'WEB', '--language', 'en', '--license', 'public domain'];
      for (const [args, says] of [
        [[EXCERPT, '--bogus'], 'verses convert: unknown option --bogus'],
        [[EXCERPT, '--out', out], 'verses convert: --id, --name, --abbreviation, --language, --license are required'],
        [[dir, ...full], 'is a folder, not a regular file'],
      ] as [string[], string][]) {
        const run = spawnSync(process.execPath, ['scripts/verses/convert.ts', ...args], { encoding: 'utf8' });
        expect(run.status, run.stderr).toBe(2);
        expect(run.stderr).toContain(says);
        expect(run.stderr).not.toMatch(/\n\s+at /);
      }
      expect(() => readFileSync(out)).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads paragraphs, leaves out notes and psalm titles, and keeps words a note separated apart', () => {
    const { verses } = osisToVerses(readFileSync(EXCERPT, 'utf8'));
    expect(verses['Gen.1.1']).toBe('In the beginning, God created the heavens and the earth.');
    expect(verses['Gen.1.3']).toMatch(/^# God said, “Let there be light,”/);
    expect(verses['Ps.3.1']).toBe('Yahweh, how my adversaries have increased! Many are those who rise up against me.');
    expect(Object.keys(verses).filter((key) => key.startsWith('Rev.13.'))).toHaveLength(18);
  });

  it('reads milestone verses, supplied words, pilcrows and entities, skips the deuterocanon, reports literal brackets and USFM leftovers', () => {
    const xml = `<osis><osisText><div type="book" osisID="Gen"><chapter osisID="Gen.1">
      <verse sID="Gen.1.2" osisID="Gen.1.2"/>And the earth was without form, and void; and darkness <transChange type="added">was</transChange> upon the face of the deep &amp; waters.<verse eID="Gen.1.2"/>
      <p><verse sID="Gen.1.3" osisID="Gen.1.3"/>And God said, Let there be light: and there was light.<verse eID="Gen.1.3"/></p>
      <verse osisID="Gen.1.4">A [bracket] written in the text.</verse>
      <verse osisID="Gen.1.5"><note>only a note</note></verse>
      <verse osisID="Gen.1.6">¶ And God said, Let there be a firmament.</verse>
      <verse osisID="Gen.1.7">And the \\nd LORD made the firmament.</verse>
      </chapter></div><div type="book" osisID="Tob"><chapter osisID="Tob.1"><verse osisID="Tob.1.1">Tobit</verse></chapter></div></osisText></osis>`;
    const result = osisToVerses(xml);
    expect(result.verses).toEqual({
      'Gen.1.2': 'And the earth was without form, and void; and darkness [was] upon the face of the deep & waters.',
      'Gen.1.3': '# And God said, Let there be light: and there was light.',
      'Gen.1.6': '# And God said, Let there be a firmament.',
      'Gen.1.7': 'And the \\nd LORD made the firmament.',
    });
    expect(result.problems).toEqual([
      expect.stringMatching(/^Gen\.1\.4: the text has a literal "\["/),
      expect.stringMatching(/^Gen\.1\.7: the text has the USFM marker "\\nd"/),
    ]);
    expect(result.skipped).toEqual({ outsideCanon: 1, empty: ['Gen.1.5'] });
    expect(osisToVerses(xml, { only: ['Gen.2'] }).verses).toEqual({});
  });
});

describe('verse text through one interface', () => {
  it('gives the KJV exactly as before', () => {
    const text = passageTextFrom(KJV, passage('Matthew 24:6'));
    expect(text).toEqual(passageText(passage('Matthew 24:6')));
    expect('verses' in text && text.verses[0]?.text).toBe('And ye shall hear of wars and rumours of wars: see that ye be not troubled: for all these things must come to pass, but the end is not yet.');
  });

  it('reads a second translation from a verse file: the WEB excerpt', () => {
    const web = verseFileSource(EXPECTED);
    const text = passageTextFrom(web, passage('Revelation 13:16-17'));
    if ('kind' in text) throw new Error('expected text');
    expect(web.translation.abbreviation).toBe('WEB');
    expect(text.verses.map((verse) => verse.verse)).toEqual([16, 17]);
    expect(text.verses[0]?.text).toMatch(/^He causes all, the small and the great/);
    expect(() => passageTextFrom(web, passage('Genesis 2:1'))).toThrow('no WEB text for Genesis 2:1');
  });

  it('says explicitly when a translation has no text here, and which one', () => {
    expect(passageTextFrom(LUTHER_1912, passage('Matthew 24:6'))).toEqual({
      kind: 'no-text',
      translation: expect.objectContaining({ id: 'luther1912', name: 'Lutherbibel 1912', language: 'de' }),
      reason: expect.stringContaining('none is published on npm or in Debian'),
    });
    expect(verseSource('kjv')).toBe(KJV);
    expect(() => verseSource('elb1905')).toThrow('no translation "elb1905"; known: kjv, luther1912');
  });

  it('rejects a verse file without its translation or with keys that are not OSIS ids, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verses-'));
    try {
      const path = join(dir, 'bad.json');
      writeFileSync(path, JSON.stringify({ translation: { id: 'x', name: 'X' }, verses: {} }));
      expect(() => verseFileSource(path).translation).toThrow(`${path}: translation lacks abbreviation, language, license`);
      expect(() => checkVerseFile({ translation: { id: 'x', name: 'X', abbreviation: 'X', language: 'en', license: 'pd' }, verses: { 'Genesis 1:1': 'x' } }, 'f.json')).toThrow(
        'f.json: verse "Genesis 1:1" is not an OSIS id',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
