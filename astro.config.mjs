// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentGuard from './src/integrations/content-guard.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  output: 'static',
  // Absolute, so that test fixture sites (`--root tests/.tmp/<case>`) build with this project's code.
  srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Sätteri (Astro 7's default processor) renders GFM itself and was about 4× faster than
  // unified() on a 5,000-article archive (shared/anchors/performance.md).
  integrations: [contentGuard(), mdx(), sitemap()],
  vite: { build: { sourcemap: false } },
});
