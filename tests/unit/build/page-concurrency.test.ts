import { describe, expect, it } from 'vitest';
import { CONCURRENT_PAGES, pageConcurrency } from '../../../src/lib/build/page-concurrency.ts';

describe('pages Astro builds at once', () => {
  it('renders several pages at once when no author code runs while pages render', () => {
    expect(CONCURRENT_PAGES).toBeGreaterThan(1);
    expect(pageConcurrency(false)).toBe(CONCURRENT_PAGES);
  });

  it('renders one page at a time where MDX may run author code, so the per-page time limit names the page that hangs', () => {
    expect(pageConcurrency(true)).toBe(1);
  });
});
