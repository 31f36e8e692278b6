/** Page data for an article's lead image: the Open Graph version of it, made by Astro's image pipeline. */
import { getImage } from 'astro:assets';
import type { Article } from './query.ts';

/** Open Graph image size: the width platforms show large cards at. */
const OG_LEAD_WIDTH = 1200;

/** The lead image as the page's Open Graph image (a 1200-pixel JPEG, which every platform reads), or undefined. */
export async function leadOgImage(article: Article): Promise<{ path: string; alt: string; width: number; height: number } | undefined> {
  const image = article.data.image;
  if (!image) return undefined;
  const width = Math.min(OG_LEAD_WIDTH, image.src.width);
  const result = await getImage({ src: image.src, width, format: 'jpeg' });
  return { path: result.src, alt: image.alt, width: Number(result.attributes.width), height: Number(result.attributes.height) };
}
