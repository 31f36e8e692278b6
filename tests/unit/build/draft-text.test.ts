import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditBuild } from '../../../src/lib/build/steps/audit.ts';
import { comparableWords, draftRuns, draftTextFinder, RUN_LENGTH, textKey, visibleText, wordsOf, type DraftRun, type FoundMemo } from '../../../src/lib/build/draft-text.ts';

const secret =
  'The embargoed briefing notes describe a naval exercise planned for the spring, with three carrier groups ' +
  'rehearsing a blockade of the northern straits while diplomats in Geneva drafted a ceasefire nobody expected to hold.';
const published = 'A published commentary on harvest festivals, grain prices and the patience of farmers in a dry year.';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'draft-text-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('draft text in the output', () => {
  const runs = draftRuns([{ id: 'secret-draft', text: secret }], [published]);

  it('takes runs of words from each draft long enough to fingerprint', () => {
    expect(runs.length).toBeGreaterThan(1);
    for (const run of runs) expect(run.words).toHaveLength(RUN_LENGTH);
    expect(draftRuns([{ id: 'short', text: 'Only a title-length draft.' }], [])).toEqual([]);
  });

  it('finds a draft paragraph in a page even across inline markup and character references', () => {
    const page = `<p>Leaked: the embargoed <em>briefing</em> notes describe a naval exercise planned for the spring, with three carrier groups rehearsing a blockade of the northern straits while diplomats in Geneva drafted a ceasefire nobody expected to hold.</p>`;
    expect(draftTextFinder(runs)(visibleText(page))).toEqual(['secret-draft']);
    expect(visibleText('a&amp;b &#39;c&#x27; &lt;d&gt;')).toBe("a&b 'c' <d>");
  });

  it('does not take text a published article shares with a draft for a leak', () => {
    const shared = draftRuns([{ id: 'revision', text: secret }], [published, `Already published: ${secret}`]);
    expect(shared).toEqual([]);
  });

  it('ignores a few shared words: only a whole run counts', () => {
    const page = '<p>A naval exercise planned for the spring was announced.</p>';
    expect(draftTextFinder(runs)(visibleText(page))).toEqual([]);
  });

  it('compares words without case, accents in other forms or punctuation mattering', () => {
    expect(comparableWords('Ｃafé—“Quoted”, ok.')).toEqual(['café', 'quoted', 'ok']);
  });

  it('fails the audit, naming the draft and the file', () => {
    const dir = site({
      'articles/a/index.html': `<p>${published}</p>`,
      'topics/navy/index.html': `<p>${secret}</p>`,
    });
    expect(auditBuild(dir, { publishedIds: ['a'], draftIds: ['secret-draft'], draftRuns: runs })).toEqual([
      'text of draft "secret-draft" appears in topics/navy/index.html',
    ]);
    expect(auditBuild(site({ 'articles/a/index.html': `<p>${published}</p>` }), { publishedIds: ['a'], draftIds: ['secret-draft'], draftRuns: runs })).toEqual([]);
  });
});

describe('remembering which runs each published text holds', () => {
  const sharing = `${published} ${secret.split(' ').slice(0, 16).join(' ')}`;
  const texts = [published, sharing, 'Another published piece, on rivers.'];

  /** A memo per set of candidates, counting the texts it had to read. */
  function memos() {
    const stores = new Map<string, Map<string, number[]>>();
    let computed = 0;
    const memoFor = (candidates: readonly DraftRun[]): FoundMemo => {
      const key = JSON.stringify(candidates);
      const store = stores.get(key) ?? new Map<string, number[]>();
      stores.set(key, store);
      return { get: (k) => store.get(k), set: (k, found) => void (computed++, store.set(k, found)) };
    };
    return { memoFor, computed: () => computed };
  }

  it('gives the runs it gives without a memo, and reads again only the texts that changed', () => {
    const { memoFor, computed } = memos();
    const plain = draftRuns([{ id: 'secret-draft', text: secret }], texts);
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.length).toBeLessThan(draftRuns([{ id: 'secret-draft', text: secret }], [published]).length);
    expect(draftRuns([{ id: 'secret-draft', text: secret }], texts, memoFor)).toEqual(plain);
    expect(computed()).toBe(3);
    const edited = [published, 'The shared paragraph was cut from this one.', texts[2]!];
    expect(draftRuns([{ id: 'secret-draft', text: secret }], edited, memoFor)).toEqual(draftRuns([{ id: 'secret-draft', text: secret }], edited));
    expect(computed()).toBe(4);
  });

  it('starts afresh for other drafts: what a text holds depends on the runs looked for', () => {
    const { memoFor, computed } = memos();
    draftRuns([{ id: 'secret-draft', text: secret }], texts, memoFor);
    const other = `${secret} And one more sentence, long enough to move where the later runs start in the draft.`;
    expect(draftRuns([{ id: 'secret-draft', text: other }], texts, memoFor)).toEqual(draftRuns([{ id: 'secret-draft', text: other }], texts));
    expect(computed()).toBe(6);
  });

  it('keys a text by its whole content', () => {
    expect(textKey('a b')).not.toBe(textKey('a  b'));
    expect(textKey(published)).toBe(textKey(`${published}`));
  });
});

describe('scripture a draft quotes', () => {
  it('is not a leak: published pages print the KJV text of cited passages', async () => {
    const { wholeBibleText } = await import('../../../src/lib/scripture/text.ts');
    const quoting =
      'My own notes, not yet ready. For nation shall rise against nation, and kingdom against kingdom: and there shall be famines, and pestilences, and earthquakes, in divers places.';
    const runs = draftRuns([{ id: 'notes', text: quoting }], [wholeBibleText()]);
    expect(runs.every((run) => !run.words.includes('pestilences'))).toBe(true);
  });
});

describe('the words of a text', () => {
  // The reference: what the scanner replaces, kept here as its specification.
  const reference = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

  it('are the runs of letters and digits in any script, astral ones included', () => {
    expect(wordsOf('Luke 21:7-8, “Ⅻ” 𝔘nicode 日本語 x\u200by — ½ 𝟘1 e\u0301')).toEqual(['Luke', '21', '7', '8', 'Ⅻ', '𝔘nicode', '日本語', 'x', 'y', '½', '𝟘1', 'e']);
    expect(wordsOf('')).toEqual([]);
    expect(wordsOf('  ,;  ')).toEqual([]);
    expect(wordsOf('end')).toEqual(['end']);
  });

  it('equal the Unicode split on random text of every kind of character', () => {
    // ASCII, Latin-1, combining marks, Greek, CJK, emoji, astral letters and digits, lone surrogates, spaces.
    const pool = ['a', 'Z', '0', '9', ' ', '-', '’', 'é', 'ß', '\u0301', 'Ω', '語', '😀', '𝔘', '𝟘', '\ud800', '\udc00', '\u00a0', '\u2028', '٣', 'ⅻ', '_', '\t'];
    let seed = 24;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: Math.floor(random() * 40) }, () => pool[Math.floor(random() * pool.length)]).join('');
      expect(wordsOf(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
