// Which edition an Astro run renders (src/lib/build/edition-run.ts), and the module that hands it to pages.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEdition } from '../../../src/lib/build/edition-run.ts';
import { defineEditions, SITE_EDITIONS, withEditionDomains } from '../../../src/lib/editions/config.ts';
import { siteContentModuleCode, writeModuleLists, type SiteContentModuleOptions } from '../../../src/integrations/site-content-module.ts';

describe('the edition of an Astro run', () => {
  it('is the default edition at the root without WATCHMAN_EDITION, a prefix edition under its base', () => {
    expect(runEdition({}, SITE_EDITIONS)).toMatchObject({ lang: 'en', base: undefined });
    expect(runEdition({ WATCHMAN_EDITION: 'de' }, SITE_EDITIONS)).toMatchObject({ lang: 'de', base: '/de' });
    expect(() => runEdition({ WATCHMAN_EDITION: 'fr' }, SITE_EDITIONS)).toThrow('WATCHMAN_EDITION="fr" is not an edition of this site; editions are en, de');
  });

  it('puts a domain edition at the root of its own build', () => {
    const config = withEditionDomains(SITE_EDITIONS, 'de=https://de.example.org');
    expect(config.editions.find((e) => e.lang === 'de')!.shape).toEqual({ kind: 'domain', url: 'https://de.example.org' });
    expect(runEdition({ WATCHMAN_EDITION: 'de' }, config)).toMatchObject({ lang: 'de', base: undefined });
    expect(withEditionDomains(SITE_EDITIONS, undefined)).toBe(SITE_EDITIONS);
    expect(() => withEditionDomains(SITE_EDITIONS, 'de')).toThrow(/not <lang>=<address>/);
    expect(() => withEditionDomains(SITE_EDITIONS, 'de=not-a-url')).toThrow(/expected an absolute https/);
    expect(() => withEditionDomains(SITE_EDITIONS, 'en=https://x.example')).toThrow(/default edition/);
    expect(() => withEditionDomains(defineEditions({ defaultLang: 'en', editions: [{ lang: 'en', locale: 'en-GB', shape: { kind: 'prefix' } }] }), 'de=https://x.example')).toThrow(/no edition "de"/);
  });

  it('reaches the pages through the virtual module, with the files this run leaves out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edition-module-'));
    const load = async (options: SiteContentModuleOptions) => {
      writeModuleLists(options);
      return import(`data:text/javascript,${encodeURIComponent(siteContentModuleCode(options))}`);
    };
    const module = (await load({ file: join(dir, 'x.json'), draftFiles: ['content/articles/d.md'], edition: 'de', excludedFiles: ['content/articles/d.md', 'content/articles/en.md'] })) as { edition: string; excludedFiles: string[]; draftFiles: string[] };
    expect(module.edition).toBe('de');
    expect(module.excludedFiles).toEqual(['content/articles/d.md', 'content/articles/en.md']);
    expect(module.draftFiles).toEqual(['content/articles/d.md']);
    const plain = (await load({ file: join(dir, 'x.json'), draftFiles: ['a.md'] })) as { edition: null; excludedFiles: string[] };
    expect(plain).toMatchObject({ edition: null, excludedFiles: ['a.md'] });
  });
});
