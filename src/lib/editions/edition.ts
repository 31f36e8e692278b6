/**
 * Everything a page of one edition needs to speak its language, as one value a page is given:
 * the UI strings, the locale for Intl, the scripture language (names, punctuation, `/bibel/`),
 * the verse source (or the explicit absence of one) and the Open Graph locale.
 */
import { messagesFor, type Messages } from '../i18n/index.ts';
import { GERMAN } from '../scripture/languages/de.ts';
import { ENGLISH } from '../scripture/languages/en.ts';
import type { ScriptureLanguage } from '../scripture/languages/types.ts';
import { KJV, LUTHER_1912, type VerseSource } from '../scripture/verse-source.ts';
import { requireEdition, type Edition, type EditionLang, type EditionsConfig } from './config.ts';

/** One edition, ready for its pages. */
export type EditionContext = {
  readonly edition: Edition;
  readonly messages: Messages;
  readonly scripture: ScriptureLanguage;
  readonly verses: VerseSource;
  /** `og:locale`: the locale with an underscore (`en_GB`, `de_DE`). */
  readonly ogLocale: string;
};

const SCRIPTURE: Readonly<Record<EditionLang, ScriptureLanguage>> = { en: ENGLISH, de: GERMAN };
// German has no verse text yet (docs/editions.md): its references link without text, never to English text.
const VERSES: Readonly<Record<EditionLang, VerseSource>> = { en: KJV, de: LUTHER_1912 };

/** The scripture language of an edition's language (names, punctuation, `/bibel/`): what its articles' references are read in. */
export function scriptureLanguageOf(lang: EditionLang): ScriptureLanguage {
  return SCRIPTURE[lang];
}

/** The verse source of an edition's language (KJV for English; German has none yet). */
export function verseSourceOf(lang: EditionLang): VerseSource {
  return VERSES[lang];
}

export function editionContext(config: EditionsConfig, lang: EditionLang): EditionContext {
  const edition = requireEdition(config, lang);
  return {
    edition,
    messages: messagesFor(lang),
    scripture: SCRIPTURE[lang],
    verses: VERSES[lang],
    ogLocale: edition.locale.replace('-', '_'),
  };
}
