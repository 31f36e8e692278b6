/** The article's lead image made into its Open Graph image by Astro's image pipeline (Astro only; src/data/article-page.ts picks it). */
import { getImage } from 'astro:assets';
import type { Article } from './entries.ts';
import type { OgImage } from './article-page.ts';

/** Open Graph image size: the width platforms show large cards at. */
const OG_LEAD_WIDTH = 1200;

/** The lead image as the page's Open Graph image (a 1200-pixel JPEG, which every platform reads), or undefined. */
export async function leadOgImage(article: Article): Promise<OgImage | undefined> {
  const image = article.data.image;
  if (!image) return undefined;
  const width = Math.min(OG_LEAD_WIDTH, image.src.width);
  const result = await getImage({ src: image.src, width, format: 'jpeg' });
  return { path: result.src, alt: image.alt, width: Number(result.attributes.width), height: Number(result.attributes.height) };
}
