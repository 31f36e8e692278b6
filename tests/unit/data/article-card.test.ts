// What a list card shows (articleCard in src/data/article-card.ts): nothing the list page is about.
import { describe, expect, it } from 'vitest';
import { articleCard } from '../../../src/data/article-card.ts';
import { article, author, context } from './entries.ts';

const treaty = article('treaty', { title: 'A Treaty Signed in Haste', date: '2026-03-02', kicker: 'North Korea', author: 'jane-doe', source: { name: 'Example Wire' }, summary: 'Signed overnight.' });
const ctx = context([treaty], [author('jane-doe', 'Jane Doe')]);

describe('articleCard', () => {
  it('shows the kicker, author and source on a general list', () => {
    expect(articleCard(treaty, ctx)).toEqual({
      locale: 'en-GB',
      href: '/articles/treaty/',
      title: 'A Treaty Signed in Haste',
      date: '2026-03-02',
      kicker: 'North Korea',
      author: { href: '/authors/jane-doe/', name: 'Jane Doe' },
      source: 'Example Wire',
      summary: 'Signed overnight.',
    });
  });

  it('leaves off the kicker on the page of the topic it names, however it is spelled', () => {
    expect(articleCard(treaty, ctx, { topic: 'north korea' }).kicker).toBeUndefined();
    expect(articleCard(treaty, ctx, { topic: 'Russia' }).kicker).toBe('North Korea');
  });

  it('leaves off the author on the author\'s page and the source on the source\'s page', () => {
    expect(articleCard(treaty, ctx, { authorId: 'jane-doe' }).author).toBeUndefined();
    expect(articleCard(treaty, ctx, { authorId: 'tom-reed' }).author?.name).toBe('Jane Doe');
    expect(articleCard(treaty, ctx, { source: 'Example Wire' }).source).toBeUndefined();
    expect(articleCard(treaty, ctx, { source: 'Daily Ledger' }).source).toBe('Example Wire');
  });

  it('leaves off an author it does not know, and a kicker the article does not have', () => {
    expect(articleCard(treaty, context([treaty], [])).author).toBeUndefined();
    expect(articleCard(article('plain', { date: '2026-03-01', author: 'jane-doe' }), ctx).kicker).toBeUndefined();
  });
});
