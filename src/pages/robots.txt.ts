// robots.txt, pointing at the sitemap of the configured site URL.
import { site } from '../site.config.ts';

export function GET() {
  const sitemap = new URL('/sitemap-index.xml', site.url).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
