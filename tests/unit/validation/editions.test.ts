// Editions in the content model (issue 23): lang and translationOf, ids per edition, German
// scripture in frontmatter and prose, German quotation marks, bios per edition.
import { describe, expect, it } from 'vitest';
import { validateContent, type SourceFile } from '../../../src/lib/validation/run.ts';

const AUTHOR: SourceFile = { path: 'content/authors/a.md', text: '---\nname: A\n---\nBio.\n' };
const file = (path: string, front: string, body = 'Text.'): SourceFile => ({
  path: `content/articles/${path}.md`,
  text: `---\ntitle: T\ndate: 2026-06-10\nauthor: a\nsource: Wire\n${front}---\n${body}\n`,
});
const validate = (articles: SourceFile[], bios: SourceFile[] = []) => validateContent({ authors: [AUTHOR], articles, bios, people: [] });
const messages = (rule: string, articles: SourceFile[]) => validate(articles).problems.filter((p) => p.rule === rule).map((p) => `${p.file}: ${p.message}`);

describe('lang', () => {
  it('defaults to the default edition and keeps a configured one', () => {
    const result = validate([file('x', ''), file('y', 'lang: de\n')]);
    expect(result.problems).toEqual([]);
    expect(result.articles.map((a) => [a.id, a.data.lang])).toEqual([['x', 'en'], ['y', 'de']]);
  });
});

describe('ids per edition', () => {
  it('lets a translation share its id in another edition, not in its own', () => {
    expect(messages('duplicate-id', [file('en/x', ''), file('de/x', 'lang: de\n')])).toEqual([]);
    expect(messages('duplicate-id', [file('a/x', 'lang: de\n'), file('b/x', 'lang: de\n')])).toEqual([
      'content/articles/a/x.md: another article has the same id: content/articles/b/x.md',
      'content/articles/b/x.md: another article has the same id: content/articles/a/x.md',
    ]);
  });
});

describe('translationOf', () => {
  it('links both ways from either side', () => {
    expect(validate([file('x', ''), file('y', 'lang: de\ntranslationOf: en/x\n')]).problems).toEqual([]);
  });

  it('refuses a target in the same edition, a missing one, an unknown edition and a malformed value', () => {
    expect(messages('translation-of', [file('x', ''), file('y', 'translationOf: en/x\n')])).toEqual([
      'content/articles/y.md: is in this article\'s own edition (en); a translation is the same article in another edition',
    ]);
    expect(messages('translation-of', [file('x', ''), file('y', 'lang: de\ntranslationOf: en/z\n')])).toEqual(['content/articles/y.md: no article "z" in the en edition']);
    expect(messages('translation-of', [file('y', 'lang: de\ntranslationOf: fr/x\n')])).toEqual(['content/articles/y.md: "fr" is not an edition of this site']);
    const malformed = validate([file('y', 'translationOf: x\n')]).problems;
    expect(malformed.map((p) => [p.rule, p.field, p.message])).toEqual([['frontmatter-schema', 'translationOf', 'is not of the form <lang>/<id>']]);
  });

  it('refuses two translations of one article in one edition, also through each other', () => {
    const direct = messages('translation-of', [file('x', ''), file('y', 'lang: de\ntranslationOf: en/x\n'), file('z', 'lang: de\ntranslationOf: en/x\n')]);
    expect(direct).toEqual([
      'content/articles/y.md: another article of the de edition is a translation of the same article: content/articles/z.md',
      'content/articles/z.md: another article of the de edition is a translation of the same article: content/articles/y.md',
    ]);
    // x (en) ← y (de), and x → z (de): the same group, two German articles.
    const chained = messages('translation-of', [file('x', 'translationOf: de/z\n'), file('y', 'lang: de\ntranslationOf: en/x\n'), file('z', 'lang: de\n')]);
    expect(chained).toHaveLength(2);
  });
});

describe('German scripture', () => {
  it('reads the frontmatter in the article\'s language and shows it in that form', () => {
    const result = validate([file('y', 'lang: de\nscripture:\n  - Mt 24,6-7\n  - 1. Mose 3,15\n  - Offb 13,16–18\n', 'Kriege (Mt 24,6-7), 1. Mose 3,15 und Offb 13,16–18.')]);
    expect(result.problems).toEqual([]);
    expect(result.articles[0]!.data.scripture.map((c) => c.display)).toEqual(['Matthäus 24,6–7', '1. Mose 3,15', 'Offenbarung 13,16–18']);
  });

  it('reports a German reference written in English form as the German parser sees it, and English stays English', () => {
    expect(validate([file('y', 'lang: de\nscripture: [Matthew 24:6]\n')]).problems.filter((p) => p.rule === 'scripture-reference')).not.toEqual([]);
    expect(validate([file('x', 'scripture: [Matthew 24:6]\n', 'Wars (Matthew 24:6).')]).problems).toEqual([]);
  });

  it('finds prose citations with the article\'s language', () => {
    const result = validate([file('y', 'lang: de\n', 'Wie in Matthäus 24,6 steht, und Offb 13,16. Markus Söder sagte nichts.'), file('x', '', 'As Matthew 24:6 says.')]);
    const cited = Object.fromEntries(result.articles.map((a) => [a.id, a.facts.citations.map((c) => c.display)]));
    expect(cited).toEqual({ y: ['Matthäus 24,6', 'Offenbarung 13,16'], x: ['Matthew 24:6'] });
  });

  it('reports a bracketed list split at verse commas once, with the list as meant', () => {
    const problems = validate([file('y', 'lang: de\nscripture: [Mt 24,6, Dan 9,27]\n')]).problems.filter((p) => p.rule === 'scripture-split-list');
    expect(problems.map((p) => [p.line, p.fix])).toEqual([[7, 'write one reference per line:\n  - Mt 24,6\n  - Dan 9,27']]);
  });
});

describe('German quotation marks', () => {
  it('match a quote written with straight quotes', () => {
    const body = 'Der Minister sagte: „Dieses Abkommen ändert alles.“ Und dann: »Wir sind bereit.«';
    const front = 'lang: de\nquotes:\n  - text: "Dieses Abkommen ändert alles."\n    speaker: M\n  - text: "\\"Wir sind bereit.\\""\n    speaker: M\n';
    expect(validate([file('y', front, body)]).problems).toEqual([]);
  });
});

describe('bios per edition', () => {
  it('accepts a bio of a known author in another edition', () => {
    const result = validate([], [{ path: 'content/authors/de/a.md', text: '---\nrole: Redakteurin\n---\nA schreibt.\n' }]);
    expect(result.problems).toEqual([]);
    expect(result.bios.map((b) => [b.id, b.lang, b.data.role, b.body.trim()])).toEqual([['a', 'de', 'Redakteurin', 'A schreibt.']]);
  });

  it('refuses a bio in the default edition\'s folder or an unknown one, and unknown fields', () => {
    const problems = validate([], [
      { path: 'content/authors/en/a.md', text: '---\n---\nA.\n' },
      { path: 'content/authors/fr/a.md', text: '---\n---\nA.\n' },
      { path: 'content/authors/de/a.md', text: '---\nname: A\n---\nA.\n' },
    ]).problems;
    expect(problems.map((p) => [p.rule, p.file])).toEqual([
      ['author-bio', 'content/authors/en/a.md'],
      ['author-bio', 'content/authors/fr/a.md'],
      ['unknown-field', 'content/authors/de/a.md'],
    ]);
  });
});
