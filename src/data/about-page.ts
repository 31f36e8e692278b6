/**
 * The about page (/about/, /de/about/): what the site publishes, its editorial standards (the site
 * config's text in the edition's language), how articles are labelled, and how it corrects and updates
 * them, with links to both logs. Plain TypeScript; src/pages/about.astro renders it.
 */
import type { PageEdition } from '../lib/editions/page-edition.ts';
import type { EditionLang } from '../lib/editions/config.ts';
import type { LinkData } from './chrome.ts';
import { site } from '../site.config.ts';

/** What the about page needs from the site config (src/site.config.ts `about`). */
export interface AboutConfig {
  title: string;
  contact?: string | undefined;
  standards: Readonly<Record<EditionLang, readonly string[]>>;
}

export interface AboutSection {
  id: string;
  heading: string;
  paragraphs: string[];
  links?: LinkData[] | undefined;
}

export interface AboutPageData {
  title: string;
  description: string;
  heading: string;
  sections: AboutSection[];
  /** Where readers report errors, when the site config gives an address. */
  contact?: { text: string; link: LinkData } | undefined;
}

const defaults: AboutConfig = { title: site.title, contact: site.about.contact, standards: site.about.standards };

/** A contact that is a web address is linked; an e-mail address gets a mailto: link. */
function contactLink(contact: string): LinkData {
  return { href: /^https?:\/\//.test(contact) ? contact : `mailto:${contact}`, label: contact };
}

export function aboutPage(edition: PageEdition, config: AboutConfig = defaults): AboutPageData {
  const { messages: m, path } = edition;
  const standards = config.standards[edition.lang];
  const verses = edition.verses.kind === 'text' ? m['footer.scripture-text'](edition.verses.translation.name) : m['footer.no-scripture-text'];
  const sections: AboutSection[] = [
    { id: 'what', heading: m['about.what'], paragraphs: [m['site.description']] },
    { id: 'standards', heading: m['about.standards'], paragraphs: [...standards] },
    { id: 'labels', heading: m['about.labels'], paragraphs: [m['about.labels-text'](m['article.kind.opinion'], m['article.excerpt'])] },
    {
      id: 'corrections',
      heading: m['about.notes'],
      paragraphs: [m['about.notes-text']],
      links: [
        { href: path('/corrections/'), label: m['footer.corrections'] },
        { href: path('/updates/'), label: m['footer.updates'] },
      ],
    },
    { id: 'scripture', heading: m['about.scripture'], paragraphs: [verses] },
  ];
  const title = m['about.title'](config.title);
  return {
    title,
    description: m['about.description'](config.title),
    heading: title,
    sections,
    ...(config.contact ? { contact: { text: m['about.contact'], link: contactLink(config.contact) } } : {}),
  };
}
