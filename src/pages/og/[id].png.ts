// One Open Graph image per published article, at /og/<id>.png.
import type { APIContext } from 'astro';
import { authorOf, publishedArticles, type Article } from '../../data/query.ts';
import { cachedOgImage } from '../../lib/og/cache.ts';
import { ogCardOf } from '../../data/og.ts';

export async function getStaticPaths() {
  return (await publishedArticles()).map((article) => ({ params: { id: article.id }, props: { article } }));
}

export async function GET({ props }: APIContext<{ article: Article }>) {
  const card = ogCardOf(props.article, await authorOf(props.article));
  const png = await cachedOgImage(card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
