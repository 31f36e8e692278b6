/**
 * The one channel from the site integration to the code Astro evaluates in module graphs of its own
 * (src/content.config.ts and the pages): a single object on globalThis, because Astro loads the
 * integration, the content config and the pages separately in one process. It carries only what
 * validation already knows: the draft files to leave out of a build, the published articles' dates
 * (for the sitemap), and the body facts validation computed (a memo of a pure function of the text,
 * so sharing it cannot change any output).
 * Everything else is passed as arguments.
 */
import type { BodyFacts } from '../facts/body-facts.ts';
import type { DatedArticle } from '../sitemap/lastmod.ts';

/** What pages need from a body: everything but the full text. */
export type PageFacts = Omit<BodyFacts, 'text'>;

export interface Handoff {
  /** Project-relative paths of the draft files a build leaves out (none in `astro dev`). */
  draftFiles: readonly string[];
  /** The published articles with what the sitemap dates pages by. */
  published: readonly DatedArticle[];
  /** Body facts by body text, for Markdown and MDX apart; `computed` counts bodies pages had to read. */
  facts: { markdown: Map<string, PageFacts>; mdx: Map<string, PageFacts>; computed: number };
}

const KEY = Symbol.for('watchman.site-handoff');

/** This process's handoff object (created empty on first use). */
export function handoff(): Handoff {
  const holder = globalThis as unknown as Record<symbol, Handoff | undefined>;
  return (holder[KEY] ??= { draftFiles: [], published: [], facts: { markdown: new Map(), mdx: new Map(), computed: 0 } });
}
