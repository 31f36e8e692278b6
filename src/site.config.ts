/** Site-wide settings: the one place for the site's name, address and list sizes. */
import { SITE_EDITIONS, withEditionDomains } from './lib/editions/config.ts';

export const site = {
  /** Shown in the header, titles and feeds. */
  title: 'Watchman Notes',
  /** One-line description for the home page, feeds and search engines. */
  description: 'News of the day read alongside scripture: excerpts, the words of officials, and commentary.',
  /** Absolute base URL of the deployed site; override with SITE_URL when building. */
  url: process.env.SITE_URL ?? 'https://watchman.example.org',
  /** BCP 47 language of the content. */
  language: 'en',
  /** Articles per page on the home page and other long lists. */
  pageSize: 10,
  /** Items in each RSS feed (the main feed and every topic, book, author and source feed): the newest. */
  feedSize: 50,
  /**
   * Google News sitemap at /news-sitemap.xml, listed in the sitemap index: the articles published
   * within two days of the newest one. Switch on for a site registered with Google News (or build
   * with NEWS_SITEMAP=on); `publicationName` must be the name registered there. The language is `language`.
   */
  newsSitemap: {
    enabled: process.env.NEWS_SITEMAP === 'on',
    publicationName: 'Watchman Notes',
  },
  /**
   * Hosts whose images articles may show (`![alt](https://host/p.png)`). Empty by default: every
   * image is a file in this repository, so readers' browsers never call another host. Add a host
   * here only if you accept that readers' browsers request it (and add it to the CSP's img-src).
   */
  remoteImageHosts: [] as readonly string[],
  /**
   * Names always written one way, the site's own first: `npm run check` warns when the text writes
   * one in another case ("watchman notes"; the brand-case rule). Add the names of organisations the
   * site writes about often.
   */
  brands: ['Watchman Notes'] as readonly string[],
  /**
   * Language editions (src/lib/editions/config.ts, docs/editions.md). EDITION_DOMAINS moves editions to
   * their own domain for a deployment (`EDITION_DOMAINS=de=https://de.example.org`): each is then built
   * alone with `npm run build -- --edition de` and its own SITE_URL.
   */
  editions: withEditionDomains(SITE_EDITIONS, process.env.EDITION_DOMAINS),
  /**
   * MDX articles are content, not code (docs/security.md, "Content is data"): by default they may use
   * only the site's components (Callout, Figure) with literal props and import only pictures. Set to
   * true only when everyone who writes articles may also run code on the build machine: MDX may then
   * import other files and components, export, and use any expression. Still refused even then:
   * elements and attributes outside the HTML allow-list, javascript:/data: addresses, Pagefind
   * attributes, Markdown imports, and the environment names the mdx-env rule lists. TRUSTED_MDX=on
   * when building or checking turns it on for one run (the operator's choice, never an article's).
   */
  trustedMdx: process.env.TRUSTED_MDX === 'on',
} as const;
