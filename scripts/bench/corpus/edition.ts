// Which articles of the corpus belong to the German edition, and which of those translate an English one.
import { isDraftIndex } from './article.ts';

export type CorpusLang = 'en' | 'de';

/** The corpus's editions: the share of articles written as German edition articles (0 = English only). */
export interface EditionShare {
  german: number;
}

export const ENGLISH_ONLY: EditionShare = { german: 0 };

/** Checks a German share from the command line: a number from 0 to 1 (an article is German or not). */
export function germanShare(value: string | undefined): number | string {
  const share = Number(value ?? 0);
  return Number.isFinite(share) && share >= 0 && share <= 1 ? share : `--german must be a share from 0 to 1, like 0.1 (found ${value})`;
}

/**
 * Article `index` is German when the running count of German articles steps up at it: with 0.1 the
 * indexes 9, 19, 29…, spread evenly and decided by the index alone, so article i is the same for every N.
 */
export function isGermanIndex(index: number, share: number): boolean {
  return share > 0 && Math.floor((index + 1) * share + 1e-9) > Math.floor(index * share + 1e-9);
}

export function langOf(index: number, share: number): CorpusLang {
  return isGermanIndex(index, share) ? 'de' : 'en';
}

/**
 * The English article a German one translates, or undefined: every other German article (by its rank)
 * translates the nearest earlier English, published article after the previous German one, so no English
 * article has two German translations and the original exists in every corpus that holds the German one.
 */
export function translationTarget(index: number, share: number): number | undefined {
  if (!isGermanIndex(index, share)) return undefined;
  const rank = Math.floor(index * share + 1e-9);
  if (rank % 2 === 1) return undefined;
  for (let target = index - 1; target >= 0 && !isGermanIndex(target, share); target--) {
    if (!isDraftIndex(target)) return target;
  }
  return undefined;
}
