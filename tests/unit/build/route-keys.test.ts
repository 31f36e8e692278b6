// Every route under src/pages keys its paths for Astro's incremental build (docs/performance.md#incremental-builds),
// or is listed here with the reason it cannot. tests/build/incremental.test.ts checks the same on a real
// build: a rebuild without changes renders only these routes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputPathOf, UNKEYED_ROUTES } from '../../support/unkeyed-routes.ts';
const REPO = resolve(import.meta.dirname, '../../..');

const PAGES = join(REPO, 'src/pages');

const UNKEYED = UNKEYED_ROUTES;

/** Helpers a route may return its paths through; each keys them (checked below). */
const KEYING_HELPERS: Record<string, string[]> = {
  'src/data/scripture-routes.ts': ['indexPaths', 'bookPaths', 'chapterPaths'],
  'src/data/feeds.ts': ['feedPaths'],
};

function routes(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? routes(abs) : [relative(PAGES, abs)];
  });
}

/** The source of an exported function, up to the next top-level declaration. */
function functionSource(file: string, name: string): string {
  const text = readFileSync(join(REPO, file), 'utf8');
  const start = text.search(new RegExp(`export (async )?function ${name}\\b`));
  expect(start, `${file} exports ${name}`).toBeGreaterThanOrEqual(0);
  const next = text.slice(start + 1).search(/\n(export |function |const |\/\*\*)/);
  return next < 0 ? text.slice(start) : text.slice(start, start + 1 + next);
}

describe('cache keys of the routes', () => {
  const all = routes(PAGES);

  it('finds the routes', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it('every route with parameters returns its paths through keyed() or a keying helper', () => {
    const helpers = Object.values(KEYING_HELPERS).flat();
    const unkeyed = all
      .filter((route) => route.includes('['))
      .filter((route) => {
        const text = readFileSync(join(PAGES, route), 'utf8');
        const paths = text.slice(text.indexOf('getStaticPaths'));
        return !text.includes('getStaticPaths') || !(paths.includes('keyed(') || helpers.some((helper) => paths.includes(`${helper}(`)));
      });
    expect(unkeyed).toEqual([]);
  });

  it('every keying helper passes its entries through keyed()', () => {
    for (const [file, names] of Object.entries(KEYING_HELPERS)) {
      for (const name of names) expect(functionSource(file, name), `${file}: ${name}`).toContain('keyed(');
    }
  });

  it('every route without parameters is listed with its reason, and every listed route exists', () => {
    const plain = all.filter((route) => !route.includes('['));
    expect(plain.sort()).toEqual(Object.keys(UNKEYED).sort());
  });
  it('names the file each unkeyed route writes, which the incremental build test expects rendered every build', () => {
    expect(Object.keys(UNKEYED).map(outputPathOf).sort()).toEqual(
      ['/index.html', '/404.html', '/about/index.html', '/search/index.html', '/archive/index.html', '/authors/index.html', '/people/index.html', '/series/index.html', '/sources/index.html', '/topics/index.html', '/rss.xml', '/updates/rss.xml', '/robots.txt'].sort(),
    );
  });
});
