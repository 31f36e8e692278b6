// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import site from './src/integrations/site.ts';
import bodyFigures from './src/plugins/body-figures.ts';
import scriptureLinks from './src/plugins/scripture-links.ts';
import taskListLabels from './src/plugins/task-list-labels.ts';
import { site as siteConfig } from './src/site.config.ts';
import { runEdition } from './src/lib/build/edition-run.ts';
import { pageConcurrency } from './src/lib/build/page-concurrency.ts';
import { scriptureLanguageOf, verseSourceOf } from './src/lib/editions/edition.ts';
import { editionPath } from './src/lib/editions/config.ts';
import { messagesFor } from './src/lib/i18n/index.ts';

// The edition this run renders (WATCHMAN_EDITION, set by scripts/build.ts; the default when unset):
// a prefix edition is built with base `/<lang>` into its own folder, which the build then moves to `<site>/<lang>/`.
const edition = runEdition(process.env, siteConfig.editions);

export default defineConfig({
  site: siteConfig.url,
  ...(edition.base ? { base: edition.base } : {}),
  // Each edition's content store apart, so the runs of one build do not evict each other's rendered entries.
  ...(edition.lang !== siteConfig.editions.defaultLang ? { cacheDir: `./node_modules/.astro/${edition.lang}/` } : {}),
  output: 'static',
  // Absolute, so that test fixture sites (`--root tests/.tmp/<case>`) build with this project's code.
  srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
  trailingSlash: 'always',
  // Stylesheets are always files: an inlined <style> needs a hash in the CDN header policy too, and
  // a shared file is cached across pages instead of repeated in each.
  // Pages four at a time, one at a time where MDX may run author code (src/lib/build/page-concurrency.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: pageConcurrency(siteConfig.trustedMdx) },
  devToolbar: { enabled: false },
  // Incremental builds (docs/performance.md#incremental-builds): every route with parameters gives each
  // path a cacheKey, the hash of what it prints (src/data/keyed-paths.ts); Astro skips a path whose key,
  // route code and rendered entries are unchanged and restores its previous output from cacheDir.
  // What Astro cannot see (the Markdown plugins' code, verse data) drops that cache (src/lib/build/render-cache.ts).
  experimental: { incrementalBuild: true },
  // Markdown: Sätteri, Astro 7's default processor, renders GFM itself and was about 4× faster
  // than unified() on a 5,000-article archive (docs/performance-notes.md).
  // One site integration (content guard, MDX, sitemap). Open Graph images, the Pagefind index and the
  // output audit are not integrations: scripts/build.ts (`npm run build`) runs them in processes of
  // their own so their memory never stacks on Astro's heap.
  integrations: [site()],
  security: {
    // Astro hashes its own scripts and styles into a <meta> policy on every page. Pagefind needs
    // 'wasm-unsafe-eval' for its WebAssembly and a worker; nothing else runs. Directives a <meta>
    // policy cannot carry (frame-ancestors) are in public/_headers.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Shiki highlights with inline styles, which the CSP forbids; commentary rarely shows code.
  // Sätteri (the default processor, also used by MDX) with three hast plugins: scripture references in
  // prose become links to their verse in the scripture index, each with a verse box (CSS on hover and focus); a picture alone
  // in its paragraph becomes a figure with its title as caption (before Astro's image step, which
  // then sizes and optimises the img inside it); task-list checkboxes get a name.
  // References are found, linked and previewed in the edition's language, verse text and words (German has no text yet: its boxes say so).
  markdown: {
    processor: satteri({
      hastPlugins: [
        scriptureLinks({
          language: scriptureLanguageOf(edition.lang),
          verses: verseSourceOf(edition.lang),
          messages: messagesFor(edition.lang),
          path: (route) => editionPath(siteConfig.editions, edition.lang, route),
        }),
        bodyFigures(),
        taskListLabels(),
      ],
    }),
    syntaxHighlight: false,
  },
  vite: {
    build: {
      sourcemap: false,
      // Scripts are always files: Astro inlines small ones, and an inline script would need its hash
      // in public/_headers' policy too (the <meta> policy has it, the header does not).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        onwarn(warning, warn) {
          // Every .mdx module carries Astro's own "use astro:head-inject" directive, and the bundler
          // warns that it may drop it; Astro handles head injection itself (docs/toolchain.md).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
