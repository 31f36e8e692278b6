// @ts-check
// The benchmark's baseline: a bare Astro site over the same corpus, with Astro's default Markdown set-up
// (Sätteri) and @astrojs/mdx so the .mdx articles build. No other integrations: no content guard, scripture
// index, related articles, OG images, sitemap or search. Built like our site, with `--root <corpus root>`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  output: 'static',
  // Absolute, so that `astro build --root <corpus root> --config <this file>` uses this src/.
  srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx()],
});
