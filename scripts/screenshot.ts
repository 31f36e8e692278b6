/**
 * Screenshots of the built site (dist/) in Debian's Chromium.
 * `npm run screenshots` writes the README set (home, an article, search; light and dark; desktop and
 * phone) to .github/screenshots/. `node scripts/screenshot.ts /path/ …` writes ad-hoc ones to tests/.tmp/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { parseToolOptions } from '../src/lib/cli/options.ts';

const VIEWPORTS = { desktop: { width: 1280, height: 860 }, phone: { width: 390, height: 844 } } as const;
const README_PAGES = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/articles/missiles-over-the-east-sea/' },
  { name: 'search', path: '/search/?q=Luke+21', waitFor: '#search-results h2 a' },
];

const adhoc = parseToolOptions({ name: 'npm run screenshots', usage: 'Usage: npm run screenshots [-- /path/ …]' }, { strict: true, allowPositionals: true, options: {} }).positionals;
const pages = adhoc.length ? adhoc.map((path, i) => ({ name: String(i), path })) : README_PAGES;
const outDir = adhoc.length ? 'tests/.tmp/screenshots' : '.github/screenshots';
const schemes = adhoc.length ? (['light'] as const) : (['light', 'dark'] as const);

const server = await serveStatic(resolve('dist'));
const browser = await launchBrowser();
mkdirSync(outDir, { recursive: true });
try {
  for (const page of pages) {
    for (const scheme of schemes) {
      for (const [device, viewport] of Object.entries(VIEWPORTS)) {
        const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
        const tab = await context.newPage();
        await tab.goto(server.url + page.path, { waitUntil: 'networkidle' });
        if ('waitFor' in page && typeof page.waitFor === 'string') await tab.waitForSelector(page.waitFor);
        const file = adhoc.length ? `${outDir}/${page.name}-${device}.png` : `${outDir}/${page.name}-${scheme}-${device}.jpg`;
        await tab.screenshot(adhoc.length ? { path: file } : { path: file, type: 'jpeg', quality: 70 });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
