/** `node scripts/screenshot.ts [path...]`: screenshots of the built site (dist/) in Debian's Chromium, for review. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/support/static-server.ts';

const paths = process.argv.slice(2);
const server = await serveStatic(resolve('dist'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
mkdirSync('tests/.tmp/screenshots', { recursive: true });
for (const [index, path] of (paths.length ? paths : ['/']).entries()) {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    const page = await browser.newPage({ viewport });
    await page.goto(server.url + path);
    const file = `tests/.tmp/screenshots/${index}-${name}.png`;
    await page.screenshot({ path: file, fullPage: false });
    console.log(file);
    await page.close();
  }
}
await browser.close();
await server.close();
