/**
 * `npm run site-card`: draws each edition's Open Graph card (src/lib/og/site-card.ts) into public/ with the
 * article cards' own renderer. Run it after changing the site's title or an edition's description, and commit the files.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderOgImage } from '../src/lib/og/render.ts';
import { siteCard, siteCardPath } from '../src/lib/og/site-card.ts';
import { messagesFor } from '../src/lib/i18n/index.ts';
import { site } from '../src/site.config.ts';
import { parseToolOptions } from '../src/lib/cli/options.ts';

// No options: a mistyped one is an error rather than ignored.
parseToolOptions({ name: 'npm run site-card', usage: 'Usage: npm run site-card (no options)' }, { strict: true, options: {} });

for (const { lang } of site.editions.editions) {
  const edition = { lang, isDefault: lang === site.editions.defaultLang, messages: messagesFor(lang) };
  const file = resolve(import.meta.dirname, '../public', `.${siteCardPath(edition)}`);
  const png = renderOgImage(siteCard(site.title, edition));
  writeFileSync(file, png);
  console.log(`${file}: ${png.length} bytes`);
}
