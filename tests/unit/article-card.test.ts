// What a list card shows (src/data/article-card.ts): nothing the list page is about.
import { describe, expect, it } from 'vitest';
import { cardFacts } from '../../src/data/article-card.ts';

const article = {
  id: 'treaty',
  data: { title: 'A Treaty Signed in Haste', date: '2026-03-02', kicker: 'North Korea', author: { id: 'jane-doe' }, source: { name: 'Example Wire' } },
};

describe('cardFacts', () => {
  it('shows the kicker, author and source on a general list', () => {
    expect(cardFacts(article, 'Jane Doe')).toEqual({
      href: '/articles/treaty/',
      title: 'A Treaty Signed in Haste',
      date: '2026-03-02',
      kicker: 'North Korea',
      author: { href: '/authors/jane-doe/', name: 'Jane Doe' },
      source: 'Example Wire',
    });
  });

  it('leaves off the kicker on the page of the topic it names, however it is spelled', () => {
    expect(cardFacts(article, 'Jane Doe', { topic: 'north korea' }).kicker).toBeUndefined();
    expect(cardFacts(article, 'Jane Doe', { topic: 'Russia' }).kicker).toBe('North Korea');
  });

  it('leaves off the author on the author\'s page and the source on the source\'s page', () => {
    expect(cardFacts(article, 'Jane Doe', { authorId: 'jane-doe' }).author).toBeUndefined();
    expect(cardFacts(article, 'Jane Doe', { authorId: 'tom-reed' }).author?.name).toBe('Jane Doe');
    expect(cardFacts(article, 'Jane Doe', { source: 'Example Wire' }).source).toBeUndefined();
  });

  it('leaves off an author it does not know, and a kicker the article does not have', () => {
    expect(cardFacts(article, undefined).author).toBeUndefined();
    expect(cardFacts({ ...article, data: { ...article.data, kicker: undefined } }, 'Jane Doe').kicker).toBeUndefined();
  });
});
