/**
 * The scripture-links plugin configured for an edition (astro.config.mjs passes the run's edition):
 * German references found and linked in German, to the German index under the edition's address,
 * and, German having no verse text yet, a box that says so in German and links the chapter (no verse anchor:
 * chapter pages carry none without text), never English text. English with the KJV.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { satteri } from '@astrojs/markdown-satteri';
import scriptureLinks from '../../src/plugins/scripture-links.ts';
import { GERMAN } from '../../src/lib/scripture/languages/de.ts';
import { LUTHER_1912 } from '../../src/lib/scripture/verse-source.ts';
import { editionPath, SITE_EDITIONS } from '../../src/lib/editions/config.ts';
import { articleSchemaIn } from '../../src/schema/article.ts';
import { de } from '../../src/lib/i18n/de.ts';

type Renderer = { render(content: string, options?: object): Promise<{ code: string }> };
type Processor = { createRenderer(shared: object): Promise<Renderer> };

let german: Renderer;
let english: Renderer;

beforeAll(async () => {
  const make = (plugin: ReturnType<typeof scriptureLinks>) => (satteri({ hastPlugins: [plugin] }) as unknown as Processor).createRenderer({ syntaxHighlight: false });
  german = await make(scriptureLinks({ language: GERMAN, verses: LUTHER_1912, messages: de, path: (route) => editionPath(SITE_EDITIONS, 'de', route) }));
  english = await make(scriptureLinks());
});

const links = (out: string): string[] => [...out.matchAll(/<a class="scripture-ref" href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[2]} → ${m[1]}`);

describe('scripture links in a German edition', () => {
  it('finds German references and links them to /de/bibel/, with a German box saying the text is missing and no English text', async () => {
    const out = (await german.render('Wie Jesus sagte (Mt 24,6-7), und Offb 13,16–18; auch 1. Mose 3,15. Markus Söder sagte nichts.', { frontmatter: {} })).code;
    expect(links(out)).toEqual(['Mt 24,6-7 → /de/bibel/matthaeus/24/', 'Offb 13,16–18 → /de/bibel/offenbarung/13/', '1. Mose 3,15 → /de/bibel/1-mose/3/']);
    expect(out.split('class="scripture-ref-tip"')).toHaveLength(4);
    expect(out).toContain(`<span class="scripture-ref-tip__text scripture-ref-tip__note">${de['passage.no-text'](LUTHER_1912.translation.name)}</span>`);
    expect(out).toContain('<a class="scripture-ref-tip__context" href="/de/bibel/matthaeus/24/">Artikel zu Matthäus 24</a>');
    expect(out).not.toContain('data-verse');
    expect(out).not.toContain('KJV');
    expect(out).toContain('Markus Söder sagte');
  });

  it('links a passage of the German frontmatter to its chapter too, with the same box', async () => {
    const data = articleSchemaIn(GERMAN).parse({ title: 'T', date: '2026-03-02', author: 'a', source: 'S', lang: 'de', scripture: ['Mt 24,3-8'] });
    const out = (await german.render('Siehe Mt 24,6 und Lk 21,9.', { frontmatter: data })).code;
    expect(links(out)).toEqual(['Mt 24,6 → /de/bibel/matthaeus/24/', 'Lk 21,9 → /de/bibel/lukas/21/']);
    expect(out.split('scripture-ref-tip__note')).toHaveLength(3);
  });

  it('leaves English as it was: English names, /scripture/, KJV previews', async () => {
    const out = (await english.render('As Jesus warned (Luke 21:7-8).', { frontmatter: {} })).code;
    expect(links(out)).toEqual(['Luke 21:7-8 → /scripture/luke/21/#v7']);
    expect(out).toContain('Luke 21:7–8 (KJV)');
  });
});
