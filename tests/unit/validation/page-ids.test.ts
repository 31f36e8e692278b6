// The ids an article page uses itself, kept in step with the layout and its components, and the
// rule that keeps a body heading from taking one of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PAGE_IDS, isArticlePageId } from '../../../src/lib/content/layout.ts';
import { bodyFacts } from '../../../src/lib/facts/body-facts.ts';
import { headingIdProblems } from '../../../src/lib/validation/rules/heading-ids.ts';

const SRC = join(import.meta.dirname, '../../../src');
const ARTICLE_PAGE_FILES = ['layouts/ArticleLayout.astro', 'layouts/BaseLayout.astro', 'components/Header.astro', 'components/QuoteList.astro', 'components/ScriptureList.astro', 'components/RelatedArticles.astro', 'components/TableOfContents.astro', 'components/PassageText.astro', 'components/DatedNoteList.astro', 'components/CorrectionNotice.astro', 'components/SeriesNav.astro'];

describe('article page ids', () => {
  it('lists every fixed id the article page uses', () => {
    const ids = ARTICLE_PAGE_FILES.flatMap((file) => {
      let text = '';
      try {
        text = readFileSync(join(SRC, file), 'utf8');
      } catch {
        return [];
      }
      return [...text.matchAll(/\bid="([^"{]+)"/g)].map((m) => m[1]!);
    });
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) expect(isArticlePageId(id), `${id} is used by the article page but not in ARTICLE_PAGE_IDS`).toBe(true);
    // DatedNoteList builds its heading id from its kind, which the scan above cannot read.
    for (const kind of ['corrections', 'updates']) expect(isArticlePageId(`${kind}-heading`), kind).toBe(true);
  });

  it('refuses headings whose id the page already uses, counting repeats as the renderer does', () => {
    const facts = bodyFacts('## Main\n\ntext\n\n## Related heading\n\n## Quote\n\n## Quote\n\n## Background\n');
    const problems = headingIdProblems(facts, 7);
    expect(problems.map((p) => [p.line, p.message.match(/"([^"]+)"/)?.[1]])).toEqual([
      [7, 'main'],
      [11, 'related-heading'],
      // The second "Quote" heading becomes quote-1, the id of the page's first quote.
      [15, 'quote-1'],
    ]);
    expect(headingIdProblems(bodyFacts('## Quote 1\n'), 1).map((p) => p.message)).toEqual([expect.stringContaining('"quote-1"')]);
    expect(ARTICLE_PAGE_IDS).toContain('main');
  });
});
