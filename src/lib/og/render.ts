/**
 * Draws an Open Graph card (1200×630 PNG) with Skia's canvas (@napi-rs/canvas) and the bundled fonts only.
 * One canvas per process is reused for every card: drawing is ~0.2 ms, reading the pixels back and
 * encoding them is the rest (src/lib/og/README.md has the measurements against satori + resvg).
 */
import { createRequire } from 'node:module';
import { Canvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { OG_DESIGN, OG_HEIGHT, OG_INKS, OG_WIDTH, titleFontSize, type OgCard } from './card.ts';
import { cardPalette, hexColour, PalettePngEncoder } from './png.ts';

const require = createRequire(import.meta.url);
// Names of our own, so a font of the same family installed on the machine can never stand in.
const FAMILY = { sans: 'Watchman OG Sans', serif: 'Watchman OG Serif' } as const;

let context: SKRSContext2D | undefined;
let canvas: Canvas | undefined;
let encoder: PalettePngEncoder | undefined;

function setUp(): { ctx: SKRSContext2D; canvas: Canvas; encoder: PalettePngEncoder } {
  if (!context || !canvas || !encoder) {
    const fonts: [string, string][] = [
      ['@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff', FAMILY.serif],
      ['@fontsource/inter/files/inter-latin-400-normal.woff', FAMILY.sans],
      ['@fontsource/inter/files/inter-latin-600-normal.woff', FAMILY.sans],
    ];
    for (const [file, family] of fonts) {
      if (!GlobalFonts.registerFromPath(require.resolve(file), family)) throw new Error(`could not load the Open Graph font ${file}`);
    }
    canvas = new Canvas(OG_WIDTH, OG_HEIGHT);
    context = canvas.getContext('2d', { alpha: false });
    // Text shaping would otherwise follow the machine's language setting.
    context.lang = 'en';
    encoder = new PalettePngEncoder(cardPalette(hexColour(OG_DESIGN.background), OG_INKS.map(hexColour)));
  }
  return { ctx: context, canvas, encoder };
}

type TextStyle = { font: 'sans' | 'serif'; weight: number; size: number };
const fontOf = (style: TextStyle) => `${style.weight} ${style.size}px "${FAMILY[style.font]}"`;

/** Greedy line breaking at spaces; a word wider than the line is broken between characters. */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const char of word) {
      if (line && measure(line + char) > width) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws the card into the shared canvas and returns its RGBA pixels. The pixel buffer is native memory
 * freed by a finaliser, which only runs when the event loop turns: a loop drawing many cards must yield
 * between them (worker.ts does), or memory grows by 3 MB a card.
 */
export function drawOgCard(card: OgCard): Buffer {
  const { ctx, canvas } = setUp();
  const d = OG_DESIGN;
  const left = d.strip.width + d.padding.x;
  const width = OG_WIDTH - left - d.padding.x;
  const bottom = OG_HEIGHT - d.padding.y;
  ctx.fillStyle = d.background;
  ctx.fillRect(0, 0, OG_WIDTH, OG_HEIGHT);
  ctx.fillStyle = d.strip.colour;
  ctx.fillRect(0, 0, d.strip.width, OG_HEIGHT);
  ctx.textBaseline = 'alphabetic';

  // Baselines as CSS places them: a line box of `lineHeight`, the font's ascent + descent centred in it.
  const ascentDescent = (sample: string) => {
    const m = ctx.measureText(sample);
    return [m.fontBoundingBoxAscent, m.fontBoundingBoxDescent] as const;
  };

  if (card.kicker) {
    ctx.font = fontOf(d.kicker);
    ctx.letterSpacing = `${d.kicker.letterSpacing}px`;
    ctx.fillStyle = d.kicker.colour;
    ctx.textAlign = 'left';
    const [ascent] = ascentDescent('M');
    ctx.fillText(card.kicker.toUpperCase(), left, d.padding.y + ascent, width);
    ctx.letterSpacing = '0px';
  }

  const bylineTop = bottom - d.byline.size * 1.5;
  const size = titleFontSize(card.title);
  ctx.font = fontOf({ ...d.title, size });
  ctx.fillStyle = d.title.colour;
  const lineHeight = size * d.title.lineHeight;
  const [ascent, descent] = ascentDescent('M');
  const titleTop = d.padding.y + d.kicker.boxHeight + d.kicker.marginBottom;
  const maxLines = Math.max(1, Math.floor((bylineTop - titleTop) / lineHeight));
  const lines = wrapText(card.title, width, (text) => ctx.measureText(text).width);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    let last = lines[maxLines - 1]!;
    while (last && ctx.measureText(`${last}…`).width > width) last = last.slice(0, -1);
    lines[maxLines - 1] = `${last.trimEnd()}…`;
  }
  lines.forEach((line, i) => ctx.fillText(line, left, titleTop + i * lineHeight + (lineHeight - ascent - descent) / 2 + ascent));

  // The bottom row: both texts sit on the bottom edge of the content box.
  ctx.font = fontOf(d.byline);
  ctx.fillStyle = d.byline.colour;
  const [, bylineDescent] = ascentDescent('M');
  // The site card (site-card.ts) has no date.
  ctx.fillText([card.author, card.date].filter(Boolean).join(' · '), left, bottom - bylineDescent, width * 0.7);
  ctx.font = fontOf(d.siteName);
  ctx.fillStyle = d.siteName.colour;
  ctx.textAlign = 'right';
  const [, siteDescent] = ascentDescent('M');
  ctx.fillText(card.siteTitle, left + width, bottom - siteDescent, width * 0.3);
  ctx.textAlign = 'left';
  return canvas.data();
}

/** Cards are shared on social sites and fetched with every share: the bound per card. */
export const OG_MAX_BYTES = 20_000;

/** Draws the card as a PNG. */
export function renderOgImage(card: OgCard): Buffer {
  const pixels = drawOgCard(card);
  return setUp().encoder.encode(pixels, OG_WIDTH, OG_HEIGHT, OG_MAX_BYTES);
}
