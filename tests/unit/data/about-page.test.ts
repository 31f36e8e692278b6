// The about and editorial-standards page: the site config's standards in each edition's language, the
// labels the articles show, the links to both logs, and the contact only when the config gives one.
import { describe, expect, it } from 'vitest';
import { aboutPage, type AboutConfig } from '../../../src/data/about-page.ts';
import { SITE_EDITIONS } from '../../../src/lib/editions/config.ts';
import { pageEdition } from '../../../src/lib/editions/page-edition.ts';
import { site } from '../../../src/site.config.ts';
import { englishLeaks } from '../i18n/english-leak.ts';

const SITE = 'https://watchman.example.org';
const ENGLISH = pageEdition(SITE_EDITIONS, 'en', SITE);
const GERMAN = pageEdition(SITE_EDITIONS, 'de', SITE);
const config: AboutConfig = { title: 'Test Notes', standards: { en: ['We check.', 'We correct.'], de: ['Wir prüfen.'] } };

describe('aboutPage', () => {
  it('writes the edition\'s standards from the config, under their heading', () => {
    const page = aboutPage(ENGLISH, config);
    expect(page.title).toBe('About Test Notes');
    expect(page.sections.map((s) => s.id)).toEqual(['what', 'standards', 'labels', 'corrections', 'scripture']);
    expect(page.sections[1]).toEqual({ id: 'standards', heading: 'Editorial standards', paragraphs: ['We check.', 'We correct.'] });
    expect(aboutPage(GERMAN, config).sections[1]!.paragraphs).toEqual(['Wir prüfen.']);
  });

  it('explains the labels in the words the articles show, and links both logs in the edition', () => {
    const page = aboutPage(ENGLISH, config);
    expect(page.sections[2]!.paragraphs[0]).toContain('“Opinion”');
    expect(page.sections[2]!.paragraphs[0]).toContain('“News excerpt”');
    expect(page.sections[3]!.links).toEqual([{ href: '/corrections/', label: 'Corrections' }, { href: '/updates/', label: 'Updates' }]);
    expect(aboutPage(GERMAN, config).sections[3]!.links!.map((l) => l.href)).toEqual(['/de/corrections/', '/de/updates/']);
  });

  it('shows a contact only when the config gives one, as mailto: or the web address given', () => {
    expect(aboutPage(ENGLISH, config).contact).toBeUndefined();
    expect(aboutPage(ENGLISH, { ...config, contact: 'desk@example.org' }).contact?.link).toEqual({ href: 'mailto:desk@example.org', label: 'desk@example.org' });
    expect(aboutPage(ENGLISH, { ...config, contact: 'https://example.org/contact' }).contact?.link.href).toBe('https://example.org/contact');
  });

  it('is German throughout in the German edition, with the site config\'s default text', () => {
    const page = aboutPage(GERMAN);
    expect(englishLeaks(page)).toEqual([]);
    expect(page.sections[1]!.paragraphs).toEqual([...site.about.standards.de]);
  });

  it('has default standards in every edition the site has', () => {
    for (const edition of SITE_EDITIONS.editions) expect(site.about.standards[edition.lang].length, edition.lang).toBeGreaterThan(0);
  });
});
