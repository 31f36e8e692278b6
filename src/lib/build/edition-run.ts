/**
 * Which edition one Astro run renders: `WATCHMAN_EDITION=<lang>` (set by scripts/build.ts for each
 * edition of the build; unset means the default edition), read by astro.config.mjs and the site
 * integration only. Everything else receives the edition as a value (the virtual module's `edition`).
 */
import { requireEdition, type Edition, type EditionLang, type EditionsConfig } from '../editions/config.ts';

export const EDITION_VARIABLE = 'WATCHMAN_EDITION';

/** What an edition's Astro run is configured with. */
export interface EditionRun {
  lang: EditionLang;
  edition: Edition;
  /** Astro's `base`: `/de` for a prefix edition, undefined at the root (the default edition, a domain edition built alone). */
  base: string | undefined;
}

/** The run of the edition named in `env` (the default when unset) in the site's editions (`site.editions`); an unknown edition is an error naming the editions. */
export function runEdition(env: Readonly<Record<string, string | undefined>>, config: EditionsConfig): EditionRun {
  const named = env[EDITION_VARIABLE]?.trim() || config.defaultLang;
  let edition: Edition;
  try {
    edition = requireEdition(config, named);
  } catch {
    throw new Error(`${EDITION_VARIABLE}=${JSON.stringify(named)} is not an edition of this site; editions are ${config.editions.map((e) => e.lang).join(', ')}`);
  }
  const atRoot = edition.lang === config.defaultLang || edition.shape.kind === 'domain';
  return { lang: edition.lang, edition, base: atRoot ? undefined : `/${edition.lang}` };
}
