// One run reports everything (#17): a field that fails its schema does not stop the rules that do not
// depend on it, so an author who fixes a date does not meet a misquote in a second run.
import { describe, expect, it } from 'vitest';
import { validateContent, type SourceFile } from '../../../src/lib/validation/run.ts';

const AUTHOR: SourceFile = { path: 'content/authors/ada-author.md', text: '---\nname: Ada Author\n---\nBio.\n' };

const rulesOf = (text: string) =>
  validateContent({ articles: [{ path: 'content/articles/a.md', text }], authors: [AUTHOR] })
    .problems.map((p) => `${p.rule} ${p.field}`)
    .sort();

describe('validation completeness', () => {
  it('checks quotes, scripture, topics and cited passages when the date is wrong', () => {
    const text = [
      '---',
      'title: T',
      'date: 2025-02-30',
      'author: ada-author',
      'source: Example Wire',
      'topics: [North Korea, north-korea]',
      'scripture: [Luke 25:1, Matthew 24]',
      'quotes:',
      '  - text: "the talks are over"',
      '    speaker: A. Minister',
      '---',
      'The minister said the talks would resume (Daniel 9:27).',
      '',
    ].join('\n');
    expect(rulesOf(text)).toEqual(['calendar-date date', 'quote-in-body quotes[0].text', 'scripture-reference scripture[0]', 'topic-clash topics[1]']);
  });

  it('checks the order of the dates and the cited passages when another field is wrong', () => {
    const text = '---\ntitle: T\ndate: 2025-03-10\nupdated: 2025-03-01\nauthor: ada-autor\nsource: 42\nscripture: [Luke 21]\n---\nSee Daniel 9:27.\n';
    expect(rulesOf(text)).toEqual(['author-exists author', 'dates-order updated', 'frontmatter-schema source', 'uncited-passages scripture']);
  });

  it('checks each quote whose text is valid when another quote in the list is not', () => {
    const text = '---\ntitle: T\ndate: 2025-03-10\nauthor: ada-author\nsource: X\nquotes:\n  - text: "not in the body"\n    speaker: A\n  - text: "resume"\n  - speaker: C\n---\nThe talks resume.\n';
    expect(rulesOf(text)).toEqual(['frontmatter-schema quotes[1].speaker', 'frontmatter-schema quotes[2].text', 'quote-in-body quotes[0].text']);
  });

  it('does not check a list that is over its limit item by item', () => {
    const quotes = Array.from({ length: 201 }, (_, i) => `  - text: "missing ${i}"\n    speaker: S`).join('\n');
    const text = `---\ntitle: T\ndate: 2025-03-10\nauthor: ada-author\nsource: X\nquotes:\n${quotes}\n---\nBody.\n`;
    expect(rulesOf(text)).toEqual(['frontmatter-schema quotes']);
  });
});
