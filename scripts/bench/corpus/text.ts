// Prose from the world's vocabulary: words, clauses, sentences, line wrapping and YAML quoting.
import type { Rng } from './random.ts';
import { PLACES } from './vocabulary.ts';
import type { World } from './world.ts';

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One word: 85% from the base list, 15% from the Zipf tail (so rare words are really rare). */
export function word(w: World, rng: Rng): string {
  return rng.chance(0.85) ? w.base.draw(rng) : w.tail.draw(rng);
}

/** A sentence without its final full stop; may contain a comma, a name or a number. */
export function clause(w: World, rng: Rng, min = 8, max = 22): string {
  const length = rng.int(min, max);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    let next = word(w, rng);
    if (rng.chance(0.02)) next = rng.pick(PLACES);
    else if (rng.chance(0.01)) next = String(rng.int(2, 900));
    words.push(next);
    if (i > 3 && i < length - 3 && rng.chance(0.05)) words[words.length - 1] += ',';
  }
  words[0] = capitalise(words[0]!);
  return words.join(' ');
}

export function sentence(w: World, rng: Rng): string {
  return `${clause(w, rng)}.`;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

/** Joins the words of a scripture reference so that wrap() never breaks a line inside it (`1⏎John 4:12`). */
export const KEEP = '\u0001';
export function keep(reference: string): string {
  return reference.replace(/ /g, KEEP);
}

/** Hard-wraps prose at ~100 columns (Markdown joins the lines again), with an optional line prefix. */
export function wrap(text: string, prefix = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const token of text.split(' ').map((t) => t.replaceAll(KEEP, ' '))) {
    if (line && line.length + token.length + 1 > 100) {
      lines.push(prefix + line);
      line = token;
    } else line = line ? `${line} ${token}` : token;
  }
  if (line) lines.push(prefix + line);
  return lines.join('\n');
}

/** YAML double-quoted string (JSON strings are valid YAML). */
export function q(text: string): string {
  return JSON.stringify(text);
}
