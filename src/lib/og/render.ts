/** Open Graph images (1200×630 PNG) drawn at build time with satori and resvg, from fonts in node_modules. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

export interface OgCard {
  title: string;
  kicker?: string;
  author: string;
  /** Display date, e.g. `9 June 2025`. */
  date: string;
  siteTitle: string;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when fonts or the renderers change; changes to the drawing itself change the cache key on their own. */
export const OG_TEMPLATE_VERSION = 1;

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' }[] | undefined;

// Satori reads TTF/OTF/WOFF (not WOFF2); @fontsource ships WOFF files for each weight.
function loadFonts() {
  fonts ??= [
    { name: 'Source Serif 4', data: readFileSync(require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff')), weight: 700, style: 'normal' },
    { name: 'Inter', data: readFileSync(require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff')), weight: 400, style: 'normal' },
    { name: 'Inter', data: readFileSync(require.resolve('@fontsource/inter/files/inter-latin-600-normal.woff')), weight: 600, style: 'normal' },
  ];
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** Scales the headline down for long titles so it always fits in five lines. */
export function titleFontSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 80) return 60;
  if (title.length <= 130) return 50;
  return 40;
}

/** The card as a satori element tree: an accent strip, then kicker, title, and author · date with the site name. */
export function ogTree(card: OgCard): Node {
  // Explicit pixel sizes throughout: satori lays out content-box, so percentages plus padding overflow.
  const textWidth = OG_WIDTH - 24 - 72 * 2;
  return h('div', { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', backgroundColor: '#fbf8f3', fontFamily: 'Inter' }, [
    h('div', { width: 24, height: OG_HEIGHT, backgroundColor: '#7a2e1d' }),
    h('div', { width: textWidth, height: OG_HEIGHT - 64 * 2, margin: '64px 72px', display: 'flex', flexDirection: 'column', justifyContent: 'space-between' }, [
      h('div', { display: 'flex', flexDirection: 'column', width: textWidth }, [
        h('div', { fontSize: 30, fontWeight: 600, letterSpacing: 3, textTransform: 'uppercase', color: '#7a2e1d', marginBottom: 24, height: 40 }, card.kicker ?? ''),
        h('div', { fontFamily: 'Source Serif 4', fontWeight: 700, fontSize: titleFontSize(card.title), lineHeight: 1.15, color: '#1f2328', width: textWidth, display: 'flex' }, card.title),
      ]),
      h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 28, color: '#5b6270', width: textWidth }, [
        h('div', { display: 'flex' }, `${card.author} · ${card.date}`),
        h('div', { display: 'flex', fontFamily: 'Source Serif 4', fontWeight: 700, color: '#1f2328' }, card.siteTitle),
      ]),
    ]),
  ]);
}

/** Draws the card as a PNG. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  const svg = await satori(ogTree(card) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
}

/** Alt text that says what the image shows. */
export function ogAlt(card: OgCard): string {
  return `${card.kicker ? `${card.kicker}: ` : ''}${card.title}. By ${card.author}, ${card.date}. ${card.siteTitle}.`;
}
