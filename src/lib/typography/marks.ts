/** The quotation marks and apostrophe of each edition's house style: what the copy desk expects and what titles are set in. */
import type { Language } from '../i18n/index.ts';

export interface QuoteMarks {
  open: string;
  close: string;
  openSingle: string;
  closeSingle: string;
  apostrophe: string;
}

export const QUOTE_MARKS: Readonly<Record<Language, QuoteMarks>> = {
  en: { open: '“', close: '”', openSingle: '‘', closeSingle: '’', apostrophe: '’' },
  de: { open: '„', close: '“', openSingle: '‚', closeSingle: '‘', apostrophe: '’' },
};

/** The marks of a language; English for a language without its own table. */
export function quoteMarksOf(lang: string | undefined): QuoteMarks {
  return QUOTE_MARKS[lang as Language] ?? QUOTE_MARKS.en;
}

/**
 * Double quotation marks that open and close a quotation, in any edition: English “…”, German „…“
 * (its closing mark is the English opening one), and guillemets «…» / »…«. An English “ opens; a “
 * after an open German „ closes.
 */
export const DOUBLE_OPENERS = '“„«»';
export const DOUBLE_CLOSERS = '”“»«';
