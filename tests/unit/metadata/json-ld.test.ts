import { describe, expect, it } from 'vitest';
import { articleJsonLd, serializeJsonLd } from '../../../src/lib/metadata/json-ld.ts';

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment', () => {
    const out = serializeJsonLd({ headline: '</script><script>alert(1)</script><!--', x: 'a & b' });
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script><!--', x: 'a & b' });
  });

  it('escapes the line separators JavaScript treats as newlines', () => {
    expect(serializeJsonLd({ t: 'a\u2028b\u2029c' })).toBe('{"t":"a\\u2028b\\u2029c"}');
  });
});

describe('articleJsonLd', () => {
  const base = {
    url: 'https://s.example/articles/a/',
    headline: 'H',
    description: 'D',
    datePublished: '2026-03-02',
    dateModified: '2026-03-04',
    author: { name: 'Jane', url: 'https://s.example/authors/jane/' },
    publisher: { name: 'Site', url: 'https://s.example' },
    keywords: ['A', 'B'],
    source: { name: 'Example Wire', url: 'https://example.org/story' },
    passages: ['Luke 21:7–8'],
  };

  it('describes commentary on a news story', () => {
    const data = articleJsonLd(base);
    expect(data).toMatchObject({
      '@type': 'OpinionNewsArticle',
      datePublished: '2026-03-02',
      dateModified: '2026-03-04',
      author: [{ '@type': 'Person', name: 'Jane', url: 'https://s.example/authors/jane/' }],
      citation: { '@type': 'NewsArticle', url: 'https://example.org/story', publisher: { name: 'Example Wire' } },
      isBasedOn: 'https://example.org/story',
      keywords: 'A, B',
      mentions: [{ '@type': 'CreativeWork', name: 'Luke 21:7–8' }],
    });
  });

  it('cites a source without a URL by name', () => {
    const data = articleJsonLd({ ...base, source: { name: 'Example Wire' }, passages: [], keywords: [] });
    expect(data.isBasedOn).toBe('Example Wire');
    expect(data).not.toHaveProperty('mentions');
    expect(data).not.toHaveProperty('keywords');
  });

  it('names the article’s language when given (a page outside the default edition), and only then', () => {
    expect(articleJsonLd({ ...base, inLanguage: 'de' }).inLanguage).toBe('de');
    expect(articleJsonLd(base)).not.toHaveProperty('inLanguage');
  });
});
