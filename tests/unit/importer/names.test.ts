// Speaker detection, one table row per house-style sentence: names with particles and initials,
// roles written before the name, and phrases that must not become a speaker (a to-do instead).
import { describe, expect, it } from 'vitest';
import { importArticle, roleBeforeName, structureProblem, type KnownAuthor } from '../../../src/lib/importer/index.ts';

const authors: KnownAuthor[] = [{ id: 'miriam-hale', name: 'Miriam Hale' }];
const QUOTE = '“The harbour will stay open through the winter months.”';

/** A text without a commentary line: the intro paragraph, then the quoted paragraph. */
function announced(intro: string) {
  const result = importArticle(`Title of the Piece\n\n${intro}\n\n${QUOTE}\n\nA closing paragraph.`, { authors, author: 'miriam-hale', source: 'Example Wire' });
  return { quotes: result.frontmatter.quotes ?? [], todo: result.todo.filter((line) => line.startsWith('quotes:')), body: result.body };
}

describe('a speaker announced with said: / stated: / warned:', () => {
  it.each([
    // [intro paragraph, speaker, role]
    ['Kim Jong Un said:', 'Kim Jong Un', undefined],
    ['North Korean leader Kim Jong Un warned:', 'Kim Jong Un', 'North Korean leader'],
    ['Jens von der Leyen stated:', 'Jens von der Leyen', undefined],
    ['Commissioner Jens von der Leyen said:', 'Jens von der Leyen', 'Commissioner'],
    ['J. D. Vance said:', 'J. D. Vance', undefined],
    ['Asked about the port, J.D. Vance said:', 'J.D. Vance', undefined],
    ['Ana de la Cruz, a pilot in the harbour, said:', 'Ana de la Cruz', 'Pilot in the harbour'],
    ["In a statement, the agency's chief economist Jane Roe said:", 'Jane Roe', "the agency's chief economist"],
    ["The agency's Chief Economist Jane Roe said:", 'Jane Roe', "The agency's Chief Economist"],
    ["Speaking in Keld, Northwind Savings' head of research Ola Berg warned:", 'Ola Berg', "Northwind Savings' head of research"],
    ['Yesterday the transport minister Piet Sandor said:', 'Piet Sandor', 'the transport minister'],
    ['Foreign Minister Selin Arvas said:', 'Selin Arvas', 'Foreign Minister'],
    // A name found with confidence, but no description the importer can be sure of: no role.
    ['In a statement the agency’s economist Jane Roe said:', 'Jane Roe', undefined],
    ['Harbour master Piet Aalders said:', 'Piet Aalders', undefined],
    ['Officials told reporters that Jane Roe said:', 'Jane Roe', undefined],
  ])('%s → %s (%s)', (intro, speaker, role) => {
    const { quotes, todo, body } = announced(intro);
    expect(quotes).toEqual([role ? { text: QUOTE.slice(1, -1), speaker, role } : { text: QUOTE.slice(1, -1), speaker }]);
    expect(todo).toEqual([]);
    expect(body).toContain(`\n\n> ${QUOTE}\n\n`);
  });

  it.each([
    'The President said:',
    'The White House said:',
    'The Ministry of Defence warned:',
    'Defence Minister said:',
    'A senior official stated:',
    'She said:',
    'The talks were long, and the director, who said:',
  ])('%s names no one: no quote, the paragraph stays a paragraph, and a to-do names the announcement', (intro) => {
    const { quotes, todo, body } = announced(intro);
    expect(quotes).toEqual([]);
    expect(todo).toHaveLength(1);
    expect(todo[0]).toMatch(/^quotes: “.*(?:said|stated|warned):”/u);
    expect(todo[0]).toContain('names no one for certain');
    expect(body).toContain(`\n\n${QUOTE}\n\n`);
  });
});

describe('roles written before the name, as written', () => {
  it.each([
    ["the agency's chief economist ", "the agency's chief economist"],
    ['Later, the treasury’s senior adviser ', 'the treasury’s senior adviser'],
    ['The talks ended. The bank’s governor ', 'The bank’s governor'],
    ['the U.N. mission’s envoy ', 'the U.N. mission’s envoy'],
  ])('%j → %j', (before, role) => {
    expect(roleBeforeName(before)).toBe(role);
  });

  it.each([
    ['in the morning he told us the minister ', 'a pronoun'],
    ['On Monday the agency’s economist ', 'a preposition opening the clause'],
    ['Harbour master ', 'no article, possessive or position word'],
    ['the long and very complicated and contested process that led the minister ', 'more than eight words'],
    ['', 'nothing'],
  ])('%j gives no role (%s)', (before) => {
    expect(roleBeforeName(before)).toBeUndefined();
  });
});

describe('a quotation without quotation marks, attributed on the next line', () => {
  const body = (text: string) => importArticle(`Title of the Piece\n\n${text}\n\nA last paragraph.`, { authors, author: 'miriam-hale', source: 'Example Wire' });

  it.each([
    ['We will rebuild the pier before the spring tides.\n—Anneke van der Berg, Mayor of Skerra', 'Anneke van der Berg', 'Mayor of Skerra'],
    ['We will rebuild the pier before the spring tides.\n-- P. T. Harrow', 'P. T. Harrow', undefined],
    ['We will rebuild the pier before the spring tides.\n\n—Ri Chol Sun, chair of the Eastern Isles Council', 'Ri Chol Sun', 'Chair of the Eastern Isles Council'],
  ])('%j → %s', (text, speaker, role) => {
    const result = body(text);
    const words = 'We will rebuild the pier before the spring tides.';
    expect(result.frontmatter.quotes).toEqual([role ? { text: words, speaker, role } : { text: words, speaker }]);
    expect(result.body).toMatch(/^> We will rebuild the pier before the spring tides\.\n>\n> (?:—|--)/mu);
  });

  it.each([
    ['We will rebuild the pier before the spring tides.\n- Anneke van der Berg', 'a hyphen is a list-like line, not the house attribution for unmarked text'],
    ['We will rebuild the pier before the spring tides.\n—The Ministry of Works', 'not a person'],
    ['We will rebuild the pier before the spring tides.\n—Isaiah 35:1', 'a scripture reference'],
    ['We will rebuild the pier before the spring tides.\n—Anneke', 'one word is not a name for certain'],
    ['Work on the pier\n—Anneke van der Berg, Mayor', 'not a sentence'],
  ])('%j is not a quotation (%s)', (text) => {
    const result = body(text);
    expect(result.frontmatter.quotes).toBeUndefined();
    expect(result.body).not.toContain('> ');
  });
});

describe('a closing Learn more: / Read more: line', () => {
  const imp = (tail: string) =>
    importArticle(`Title of the Piece\nMiriam Hale\n\nNews, 3 May 2024.\n\nMiriam Hale’s Commentary\n\nA thought.\n\n${tail}`, { authors, source: 'Example Wire' });

  it.each([
    ['Learn more: “Why the River Matters”', 'Learn more: “Why the River Matters”'],
    ['Read more: Nets and Storms, 3 May 2023', 'Read more: Nets and Storms, 3 May 2023'],
    ['Read more:\n\nWhy the River Matters', 'Read more:\nWhy the River Matters'],
    ['Miriam Hale writes on rivers.\n\nLEARN MORE: Why the River Matters', 'LEARN MORE: Why the River Matters'],
  ])('%j is kept as the last paragraph, not a quote, a date or the bio', (tail, last) => {
    const result = imp(tail);
    expect(result.body.endsWith(`\n\n${last}\n`)).toBe(true);
    expect(result.frontmatter.quotes).toBeUndefined();
    expect(result.frontmatter.date).toBe('2024-05-03');
    expect(result.todo.filter((l) => l.startsWith('quotes:'))).toEqual([]);
    expect(result.found.some((l) => l.startsWith('closing line: '))).toBe(true);
  });

  it('lets the bio stand above it', () => {
    const result = imp('Miriam Hale writes on rivers.\n\nLearn more: Why the River Matters');
    expect(result.body).not.toContain('writes on rivers');
    expect(result.found).toContain('bio: the closing paragraph about Miriam Hale was left out of the article body (authors\' biographies live in content/authors/)');
  });

  it('is only a closing line at the end', () => {
    const result = imp('Learn more: Why the River Matters\n\nA last thought.');
    expect(result.found.some((l) => l.startsWith('closing line: '))).toBe(false);
  });
});

describe('the body is read back with remark', () => {
  it('reports a block that does not read as meant', () => {
    expect(structureProblem('# Heading\n', [{ type: 'paragraph' }])).toBe('blocks read as [heading], meant as [paragraph]');
    expect(structureProblem('> a\n>\n> - b\n', [{ type: 'blockquote', paragraphs: 2 }])).toBe('blockquote 1 read as [paragraph, list], meant as 2 paragraphs');
    expect(structureProblem('> a\n>\n> b\n\nc\n', [{ type: 'blockquote', paragraphs: 2 }, { type: 'paragraph' }])).toBeUndefined();
  });
});
