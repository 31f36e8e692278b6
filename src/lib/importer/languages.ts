/** The importer's languages by code: English (the default) and German. */
import { GERMAN_IMPORT } from './language-de.ts';
import { ENGLISH_IMPORT } from './language-en.ts';
import type { ImporterLanguage } from './language.ts';
import type { ImportLanguageCode } from './types.ts';

export const IMPORT_LANGUAGES: Readonly<Record<ImportLanguageCode, ImporterLanguage>> = { en: ENGLISH_IMPORT, de: GERMAN_IMPORT };

/** The tables of a language; English when none is given. */
export function importerLanguage(code: ImportLanguageCode = 'en'): ImporterLanguage {
  return IMPORT_LANGUAGES[code];
}

/** Whether the importer has tables for a language tag (for `--lang`). */
export function isImportLanguage(code: string): code is ImportLanguageCode {
  return Object.hasOwn(IMPORT_LANGUAGES, code);
}
