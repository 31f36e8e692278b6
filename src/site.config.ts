/** Site-wide settings: the one place for the site's name, address and list sizes. */
import { SITE_EDITIONS, withEditionDomains, type EditionLang } from './lib/editions/config.ts';

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
  /**
   * The about page (/about/ in every edition, linked from the footer; src/data/about-page.ts). `standards`
   * is the site's editorial standards in each edition's language, one paragraph an entry: replace these
   * defaults with your own. `contact` is where readers report errors (an e-mail address or a web address),
   * shown when set; SITE_CONTACT sets it for one build.
   */
  about: {
    contact: process.env.SITE_CONTACT || undefined,
    standards: {
      en: [
        'We comment on the news; we do not report it. Every article starts from a published news story, names its source, and quotes it in an excerpt long enough to be fair to it and short enough to send readers to the original.',
        'We quote people in their own published words, and say who they are. A quotation listed with an article must appear word for word in it: the site’s checks refuse one that does not.',
        'Scripture is cited by book, chapter and verse, with the verse text beside the reference where the site has it, so that readers can judge for themselves whether a passage says what an article says it does.',
        'We set no dates for the fulfilment of prophecy and name no living person, nation or institution as a figure of it. Where an article sets the news beside scripture, it says that it is a comparison.',
        'Every article names its author and their role. There is no advertising, no sponsored content and no tracking.',
      ],
      de: [
        'Wir kommentieren Nachrichten; wir berichten sie nicht. Jeder Artikel geht von einer veröffentlichten Meldung aus, nennt ihre Quelle und zitiert sie in einem Auszug, der lang genug ist, um ihr gerecht zu werden, und kurz genug, um auf das Original zu verweisen.',
        'Wir zitieren Menschen mit ihren eigenen veröffentlichten Worten und sagen, wer sie sind. Ein Zitat, das ein Artikel aufführt, muss wörtlich in ihm stehen: Die Prüfung der Website weist eines zurück, das es nicht tut.',
        'Bibelstellen werden mit Buch, Kapitel und Vers angegeben, damit Leserinnen und Leser selbst prüfen können, ob eine Stelle sagt, was ein Artikel ihr zuschreibt.',
        'Wir nennen keine Daten für die Erfüllung von Prophetie und erklären keine lebende Person, kein Volk und keine Institution zu einer Gestalt der Prophetie. Wo ein Artikel Nachrichten neben die Bibel stellt, sagt er, dass es ein Vergleich ist.',
        'Jeder Artikel nennt seinen Autor und dessen Aufgabe. Es gibt keine Werbung, keine bezahlten Inhalte und kein Tracking.',
      ],
    } satisfies Record<EditionLang, readonly string[]>,
  },
} as const;
