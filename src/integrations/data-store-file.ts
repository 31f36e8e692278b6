/**
 * Astro bundles its content data store into the build as one module, `export default JSON.parse("<the
 * whole store>")`, imported before the first page renders. V8 grows the buffer it scans a string literal
 * into by at most 1 MiB at a time, so compiling that literal takes time quadratic in its length: 18.5 s of
 * a warm 10,000-article build went to that one line (a 148 MB store; a 150 MB literal alone takes 5 s
 * where the same text read from a file and parsed takes 0.7 s), and the bundler copied the text too.
 * In a static build the store is a file on this machine for the whole run, so this Vite plugin makes
 * the module read that file instead: the same store, no literal, linear time.
 * (Astro's experimental chunked storage splits the literal too, but its writer measures the store one
 * character at a time on every save: content sync went from 8 to 42 s at 3,000 articles.)
 */
import { existsSync, statSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The resolved id of Astro's data-store module (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** The shape of the module Astro writes for a single-file store (a chunked store's is left alone). */
const BUNDLED_STORE = 'export default JSON.parse(';

/**
 * The module that reads the store from `file` when it runs. `bytes` is the file's size when the build
 * bundled it: a store rewritten during the build would be a different content, so it stops the build.
 */
export function storeReaderCode(file: string, bytes: number): string {
  return [
    "import { readFileSync, statSync } from 'node:fs';",
    `const file = ${JSON.stringify(file)};`,
    `if (statSync(file).size !== ${bytes}) throw new Error(\`Astro's content data store \${file} changed while the site was built; build again\`);`,
    "export default JSON.parse(readFileSync(file, 'utf8'));",
  ].join('\n');
}

/**
 * The Vite plugin, for `astro build` with static output only (in `astro dev` the store lives in memory).
 * `storeFile` is Astro's store in its cacheDir (`<cacheDir>/data-store.json`); `onRewrite` hears of each
 * rewrite with the store's size. The transform keeps the
 * metadata of Astro's own module, which keeps the store out of each page's dependency hash.
 */
export function dataStoreFile(storeFile: string, onRewrite: (bytes: number) => void = () => {}): Plugin {
  return {
    name: 'watchman-data-store-file',
    enforce: 'post',
    transform(code, id) {
      if (id !== DATA_STORE_MODULE_ID || !code.startsWith(BUNDLED_STORE) || !existsSync(storeFile)) return undefined;
      const bytes = statSync(storeFile).size;
      // Said in the build's log, so a build test notices when an Astro release writes the module differently.
      onRewrite(bytes);
      return { code: storeReaderCode(storeFile, bytes), map: { mappings: '' } };
    },
  };
}
