// robots.txt, pointing at the sitemap of the configured site URL in the build's edition.
// Left to the build pipeline (editions): with a `prefix` edition built beside the default one, the
// default run should name every built edition's sitemap index (robotsTxt takes a list), and the
// prefix run's /de/robots.txt is not read by crawlers.
import { pageContext } from '../data/query.ts';
import { robotsTxt } from '../lib/sitemap/robots.ts';

export async function GET() {
  const { edition } = await pageContext();
  return new Response(robotsTxt([edition.urlIn(edition.lang, '/sitemap-index.xml')]), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
