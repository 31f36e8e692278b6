// The newsroom labels of an article page: the kind of piece, read from the page's own JSON-LD type, and
// the label of the news excerpt an article opens with.
import { describe, expect, it } from 'vitest';
import { articleKindLabel } from '../../../src/data/article-labels.ts';
import { articlePage } from '../../../src/data/article-page.ts';
import { SITE_EDITIONS } from '../../../src/lib/editions/config.ts';
import { pageEdition } from '../../../src/lib/editions/page-edition.ts';
import { messagesFor } from '../../../src/lib/i18n/index.ts';
import { article, context } from './entries.ts';

const en = messagesFor('en');
const de = messagesFor('de');

describe('articleKindLabel', () => {
  it('names each JSON-LD article type in the edition\'s words', () => {
    expect(articleKindLabel('OpinionNewsArticle', en)).toBe('Opinion');
    expect(articleKindLabel('AnalysisNewsArticle', en)).toBe('Analysis');
    expect(articleKindLabel('NewsArticle', en)).toBe('News');
    expect(articleKindLabel('OpinionNewsArticle', de)).toBe('Meinung');
  });

  it('refuses a type it has no label for, naming it and where to add one', () => {
    expect(() => articleKindLabel('ReviewNewsArticle', en)).toThrow(/"ReviewNewsArticle" has no visible label; add it to KIND_LABELS/);
    expect(() => articleKindLabel(undefined, en)).toThrow(/undefined has no visible label/);
  });
});

describe('the article page\'s kind label', () => {
  it('is the label of the very type its JSON-LD declares, in either edition', () => {
    const piece = article('piece', { date: '2024-02-01' });
    const english = articlePage(piece, context([piece]));
    expect(english.head.jsonLd['@type']).toBe('OpinionNewsArticle');
    expect(english.kind).toBe(articleKindLabel(english.head.jsonLd['@type'], en));
    const german = articlePage(piece, { ...context([piece]), edition: pageEdition(SITE_EDITIONS, 'de', 'https://watchman.example.org') });
    expect(german.kind).toBe('Meinung');
  });
});

describe('the excerpt label', () => {
  it('labels the excerpt on the page only when the text opens with one', () => {
    const quoted = article('quoted', { date: '2024-02-01', body: '> The wire said so.\n\nWe say this.' });
    const plain = article('plain', { date: '2024-02-02', body: 'We say this.' });
    const ctx = context([quoted, plain]);
    expect(articlePage(quoted, ctx).excerpt).toEqual({ label: 'News excerpt', quoted: 'quoted' });
    expect(articlePage(plain, ctx).excerpt).toBeUndefined();
  });
});
