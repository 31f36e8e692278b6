// The body-figures plugin inside the site's real Markdown pipeline (the processor from astro.config.mjs),
// ahead of Astro's own image step, whose placeholder (`__ASTRO_IMAGE_`) must stay on the img in the figure.
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

type Renderer = { render(content: string, options?: object): Promise<{ code: string; metadata: { localImagePaths: string[] } }> };
type Processor = { createRenderer(shared: object): Promise<Renderer> };
const { processor, ...shared } = config.markdown as unknown as { processor: Processor } & Record<string, unknown>;
let md: Renderer;
const render = async (markdown: string) => (await md.render(markdown, { frontmatter: {} })).code.trim();
/** The image properties Astro will hand to getImage(), decoded from the placeholder. */
const placeholders = (html: string) =>
  [...html.matchAll(/__ASTRO_IMAGE_="([^"]+)"/g)].map((m) => JSON.parse(m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Record<string, unknown>);

beforeAll(async () => {
  md = await processor.createRenderer(shared);
});

describe('body figures', () => {
  it('makes a picture alone in its paragraph a figure, its title the caption', async () => {
    const html = await render('![Flood gates](./gates.jpg "The gates at dusk")\n');
    expect(html).toMatch(/^<figure class="figure"><img __ASTRO_IMAGE_="[^"]+"><figcaption>The gates at dusk<\/figcaption><\/figure>$/);
    // Astro still optimises the picture: its placeholder carries the src and alt, and no title (the caption says it).
    expect(placeholders(html)).toEqual([{ alt: 'Flood gates', src: './gates.jpg', index: 0 }]);
  });

  it('gives a picture without a title a figure without a caption', async () => {
    const html = await render('![Flood gates](./gates.jpg)\n');
    expect(html).toMatch(/^<figure class="figure"><img __ASTRO_IMAGE_="[^"]+"><\/figure>$/);
    expect(html).not.toContain('figcaption');
  });

  it('keeps a picture inside running text inline, title and all', async () => {
    const html = await render('A wave ![wave](./wave.png "high water") in a sentence.\n');
    expect(html).toMatch(/^<p>A wave <img __ASTRO_IMAGE_="[^"]+"> in a sentence\.<\/p>$/);
    expect(placeholders(html)).toEqual([{ alt: 'wave', title: 'high water', src: './wave.png', index: 0 }]);
  });

  it('keeps the link around a linked picture, inside the figure', async () => {
    const html = await render('[![A map](./map.png "The estuary")](https://example.org/map)\n');
    expect(html).toMatch(/^<figure class="figure"><a href="https:\/\/example\.org\/map"><img [^>]+><\/a><figcaption>The estuary<\/figcaption><\/figure>$/);
  });

  // The plugin reads paragraphs only in a document with picture syntax: a reference-style picture is one too.
  it('makes a reference-style picture alone in its paragraph a figure, in a document with other paragraphs', async () => {
    const html = await render('Some prose first.\n\n![Flood gates][gates]\n\n[gates]: ./gates.jpg "The gates at dusk"\n');
    expect(html).toMatch(/^<p>Some prose first\.<\/p>\n<figure class="figure"><img [^>]+><figcaption>The gates at dusk<\/figcaption><\/figure>$/);
  });

  it('leaves a document without pictures as it was', async () => {
    expect(await render('Plain prose.\n\nAnother paragraph.\n')).toBe('<p>Plain prose.</p>\n<p>Another paragraph.</p>');
  });

  it('writes the caption as text, never as markup', async () => {
    const html = await render('![x](./x.jpg "<script>alert(1)</script> & more")\n');
    expect(html).toContain('<figcaption>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</figcaption>');
    expect(html).not.toContain('<script>');
  });

  it('leaves paragraphs of two pictures, or of text, alone', async () => {
    const two = await render('![a](./a.jpg "A") ![b](./b.jpg "B")\n');
    expect(two.startsWith('<p>')).toBe(true);
    expect(two).not.toContain('<figure');
    expect(await render('Just words.\n')).toBe('<p>Just words.</p>');
  });

  it('numbers a picture shown twice once per showing, as Astro expects', async () => {
    const html = await render('![a](./a.jpg "One")\n\n![a](./a.jpg "Two")\n');
    expect(placeholders(html).map((p) => p.index)).toEqual([0, 1]);
    expect(html.match(/<figure/g)).toHaveLength(2);
  });
});
