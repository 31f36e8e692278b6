/**
 * The newsroom parts of an article page (src/data/article-page.ts): its corrections and updates newest first,
 * its place in a series, the people page of each speaker, the lead image as shown, and what they add
 * to the JSON-LD. Plain TypeScript: the Astro-only image work is in src/data/lead-image.ts.
 */
import type { Article } from './entries.ts';
import type { PageContext } from './page-context.ts';
import { noteList, type NoteListData } from './dated-notes.ts';
import { personHref } from './people.ts';
import { seriesNavOf, type SeriesNavData } from './series.ts';
import { newsroomArticleJsonLd } from '../lib/metadata/json-ld.ts';
import type { Correction } from '../schema/newsroom.ts';
import { site } from '../site.config.ts';
import { creditLine, responsiveWidths } from './figure.ts';

type LeadImage = NonNullable<Article['data']['image']>;

/** The lead image as LeadImage.astro shows it. */
export interface LeadImageData {
  src: LeadImage['src'];
  alt: string;
  /** Widths of the srcset, never wider than the original. */
  widths: number[];
  caption?: string | undefined;
  /** Credit and licence, in one line. */
  credit?: string | undefined;
}

export interface ArticleNewsroomData {
  corrections: Correction[];
  /** The corrections and the updates, the two logs at the end of the article, newest first. */
  correctionList: NoteListData;
  updateList: NoteListData;
  series?: SeriesNavData | undefined;
  image?: LeadImageData | undefined;
  /** The people page of each quote's speaker, by the quote's position; undefined for a speaker not named. */
  personHrefs: (string | undefined)[];
  /** `correction` and `isPartOf`, to spread into the article's JSON-LD. */
  jsonLd: Record<string, unknown>;
}

/** Responsive widths: a small picture is shown at its own width only. */
function leadImageData(image: LeadImage): LeadImageData {
  const credit = creditLine(image.credit, image.license);
  const widths = responsiveWidths(image.src.width);
  return { src: image.src, alt: image.alt, widths, ...(image.caption ? { caption: image.caption } : {}), ...(credit ? { credit } : {}) };
}

export function articleNewsroom(article: Article, context: Pick<PageContext, 'published' | 'people' | 'edition'>): ArticleNewsroomData {
  const { edition } = context;
  const correctionList = noteList(article, 'corrections', edition);
  const corrections = correctionList.items;
  const series = seriesNavOf(article, context);
  return {
    corrections,
    correctionList,
    updateList: noteList(article, 'updates', edition),
    series,
    ...(article.data.image ? { image: leadImageData(article.data.image) } : {}),
    // personHref addresses the page in the context's edition.
    personHrefs: article.data.quotes.map((quote) => personHref(quote.speaker, context)),
    jsonLd: newsroomArticleJsonLd({
      corrections,
      series: series && { name: series.name, url: new URL(series.href, site.url).href, part: series.number },
    }),
  };
}
