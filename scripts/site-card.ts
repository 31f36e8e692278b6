/**
 * `npm run site-card`: draws the site's Open Graph card (src/lib/og/site-card.ts) into public/site-card.png
 * with the article cards' own renderer. Run it after changing the site's title or description, and commit the file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderOgImage } from '../src/lib/og/render.ts';
import { SITE_CARD_PATH, siteCard } from '../src/lib/og/site-card.ts';
import { site } from '../src/site.config.ts';
import { parseToolOptions } from '../src/lib/cli/options.ts';

// No options: a mistyped one is an error rather than ignored.
parseToolOptions({ name: 'npm run site-card', usage: 'Usage: npm run site-card (no options)' }, { strict: true, options: {} });

const file = resolve(import.meta.dirname, '../public', `.${SITE_CARD_PATH}`);
const png = renderOgImage(siteCard(site));
writeFileSync(file, png);
console.log(`${file}: ${png.length} bytes`);
