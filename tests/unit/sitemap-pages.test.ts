// Which pages the sitemap lists (src/lib/sitemap-pages.ts).
import { describe, expect, it } from 'vitest';
import { inSitemap } from '../../src/lib/sitemap-pages.ts';

describe('inSitemap', () => {
  it('leaves out the search page and the 404 page, and keeps every other page', () => {
    expect(inSitemap('https://example.org/search/')).toBe(false);
    expect(inSitemap('https://example.org/404/')).toBe(false);
    expect(inSitemap('https://example.org/')).toBe(true);
    expect(inSitemap('https://example.org/topics/search/')).toBe(true);
    expect(inSitemap('https://example.org/articles/404-errors/')).toBe(true);
  });
});
