/**
 * The scripture-links plugin configured for an edition (astro.config.mjs passes the run's edition):
 * German references found and linked in German, to the German index under the edition's address,
 * and, German having no verse text yet, never a preview with English text. English as before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { satteri } from '@astrojs/markdown-satteri';
import scriptureLinks from '../../src/plugins/scripture-links.ts';
import { GERMAN } from '../../src/lib/scripture/languages/de.ts';
import { LUTHER_1912 } from '../../src/lib/scripture/verse-source.ts';
import { editionPath, SITE_EDITIONS } from '../../src/lib/editions/config.ts';
import { articleSchemaIn } from '../../src/schema/article.ts';

type Renderer = { render(content: string, options?: object): Promise<{ code: string }> };
type Processor = { createRenderer(shared: object): Promise<Renderer> };

let german: Renderer;
let english: Renderer;

beforeAll(async () => {
  const make = (plugin: ReturnType<typeof scriptureLinks>) => (satteri({ hastPlugins: [plugin] }) as unknown as Processor).createRenderer({ syntaxHighlight: false });
  german = await make(scriptureLinks({ language: GERMAN, verses: LUTHER_1912, path: (route) => editionPath(SITE_EDITIONS, 'de', route) }));
  english = await make(scriptureLinks());
});

const links = (out: string): string[] => [...out.matchAll(/<a class="scripture-ref" href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[2]} → ${m[1]}`);

describe('scripture links in a German edition', () => {
  it('finds German references and links them to /de/bibel/, with no preview and no English text', async () => {
    const out = (await german.render('Wie Jesus sagte (Mt 24,6-7), und Offb 13,16–18; auch 1. Mose 3,15. Markus Söder sagte nichts.', { frontmatter: {} })).code;
    expect(links(out)).toEqual(['Mt 24,6-7 → /de/bibel/matthaeus/24/', 'Offb 13,16–18 → /de/bibel/offenbarung/13/', '1. Mose 3,15 → /de/bibel/1-mose/3/']);
    expect(out).not.toContain('scripture-ref-tip');
    expect(out).not.toContain('KJV');
    expect(out).toContain('Markus Söder sagte');
  });

  it('links a passage printed under Scripture cited in-page, read from the German frontmatter', async () => {
    const data = articleSchemaIn(GERMAN).parse({ title: 'T', date: '2026-03-02', author: 'a', source: 'S', lang: 'de', scripture: ['Mt 24,3-8'] });
    const out = (await german.render('Siehe Mt 24,6 und Lk 21,9.', { frontmatter: data })).code;
    expect(links(out)).toEqual(['Mt 24,6 → #passage-Matt_24_3-Matt_24_8', 'Lk 21,9 → /de/bibel/lukas/21/']);
    // MDX gets the strings as written: read in German too.
    const raw = (await german.render('Siehe Mt 24,6.', { frontmatter: { scripture: ['Mt 24,3-8'] } })).code;
    expect(links(raw)).toEqual(['Mt 24,6 → #passage-Matt_24_3-Matt_24_8']);
  });

  it('leaves English as it was: English names, /scripture/, KJV previews', async () => {
    const out = (await english.render('As Jesus warned (Luke 21:7-8).', { frontmatter: {} })).code;
    expect(links(out)).toEqual(['Luke 21:7-8 → /scripture/luke/21/']);
    expect(out).toContain('Luke 21:7–8 (KJV)');
  });
});
