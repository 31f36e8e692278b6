/** How a picture with caption, credit and licence is shown: the lead image (LeadImage.astro) and MDX <Figure> (Figure.astro). */

/** Widths of a picture's srcset: 480, 800 and 1200 pixels below its own width, then its own width (at most 1600). */
export function responsiveWidths(width: number): number[] {
  return [480, 800, 1200].filter((w) => w < width).concat(Math.min(width, 1600));
}

/** Credit and licence in one line (`Photo: Ada Author, CC BY 4.0`), or undefined when neither is given. */
export function creditLine(credit: string | undefined, license: string | undefined): string | undefined {
  return [credit, license].map((part) => part?.trim()).filter(Boolean).join(', ') || undefined;
}

/** The `sizes` of a picture as wide as the article's text column. */
export const ARTICLE_PICTURE_SIZES = '(min-width: 50rem) 46rem, 100vw';
