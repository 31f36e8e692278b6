/**
 * People quoted: every quote speaker mapped to a person (a `content/people/<slug>.md` file by its
 * slug, name or an alias, or else the speaker's own name), their quotes newest first, and the
 * checks on names (two files claiming one spelling; near-identical speakers worth merging).
 */
import type { Problem } from '../problems.ts';
import { slugify } from '../slug.ts';
import { editDistance } from '../suggest.ts';
import { compareForDisplay, compareText } from '../text-order.ts';

/** What people pages need of an article. */
export interface QuotingArticle {
  id: string;
  file?: string;
  data: { title: string; date: string; quotes: readonly { text: string; speaker: string; role?: string | undefined; date?: string | undefined }[] };
}

/** What people pages need of a person file. */
export interface PersonFile {
  /** File name without extension: the page address. */
  id: string;
  file?: string;
  data: { name: string; aliases: readonly string[]; description?: string | undefined; url?: string | undefined };
}

export interface QuoteByPerson<A> {
  article: A;
  /** Position of the quote in the article's `quotes` (the page anchors `#quote-<n>` from 1). */
  index: number;
  text: string;
  role?: string | undefined;
  /** When it was said: the quote's date, else the article's. */
  date: string;
}

export interface Person<A, P> {
  slug: string;
  name: string;
  /** The person's file, when there is one. */
  file?: P;
  quotes: QuoteByPerson<A>[];
}

/** Slug → person id for every name and alias in the person files (first file wins a clash; the check reports it). */
export function personIndex(people: readonly PersonFile[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const person of people) {
    for (const key of [person.id, person.data.name, ...person.data.aliases]) {
      const slug = slugify(key);
      if (slug && !index.has(slug)) index.set(slug, person.id);
    }
  }
  return index;
}

/** The page slug a speaker's quotes go to. */
export function speakerSlug(speaker: string, index: ReadonlyMap<string, string>): string {
  const slug = slugify(speaker);
  return index.get(slug) ?? slug;
}

/**
 * Everyone quoted, by display name; each person's quotes newest first (same day: article id, then
 * order in the article). Person files nobody quotes get no page: a page with no quotes says nothing.
 */
export function groupPeople<A extends QuotingArticle, P extends PersonFile>(articles: readonly A[], people: readonly P[]): Person<A, P>[] {
  const index = personIndex(people);
  const files = new Map(people.map((p) => [p.id, p]));
  const bySlug = new Map<string, { names: Map<string, number>; quotes: QuoteByPerson<A>[] }>();
  for (const article of articles) {
    article.data.quotes.forEach((quote, position) => {
      const slug = speakerSlug(quote.speaker, index);
      if (!slug) return;
      const entry = bySlug.get(slug) ?? { names: new Map<string, number>(), quotes: [] };
      entry.names.set(quote.speaker, (entry.names.get(quote.speaker) ?? 0) + 1);
      entry.quotes.push({ article, index: position, text: quote.text, role: quote.role, date: quote.date ?? article.data.date });
      bySlug.set(slug, entry);
    });
  }
  return [...bySlug.entries()]
    .map(([slug, entry]) => {
      const file = files.get(slug);
      // Without a file, the spelling used most often (then the first in code order) names the person.
      const name = file?.data.name ?? [...entry.names.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0];
      const quotes = entry.quotes.sort((a, b) => compareText(b.date, a.date) || compareText(a.article.id, b.article.id) || a.index - b.index);
      return { slug, name, ...(file ? { file } : {}), quotes };
    })
    .sort((a, b) => compareForDisplay(a.name, b.name) || compareText(a.slug, b.slug));
}

/** rule: people-name-clash. Two person files claiming one name or alias would split a person's quotes silently. */
export function checkPeopleClaims(people: readonly PersonFile[]): Problem[] {
  const owner = new Map<string, PersonFile>();
  const problems: Problem[] = [];
  for (const person of people) {
    const own = new Set<string>();
    [person.id, person.data.name, ...person.data.aliases].forEach((key, position) => {
      const slug = slugify(key);
      if (!slug || own.has(slug)) return;
      own.add(slug);
      const first = owner.get(slug);
      if (!first) {
        owner.set(slug, person);
        return;
      }
      problems.push({
        file: person.file ?? person.id,
        field: position === 0 ? '(id)' : position === 1 ? 'name' : `aliases[${position - 2}]`,
        value: JSON.stringify(key),
        message: `"${key}" already names ${first.file ?? first.id}, so quotes by it cannot go to both`,
        fix: 'keep the spelling in one person file only (merge the two files if they are one person)',
        severity: 'error',
      });
    });
  }
  return problems;
}

/** A name's word initials (`Mason Richey` → `mr`): people whose initials differ are not one person misspelt. */
function initials(name: string): string {
  return slugify(name).split('-').map((word) => word[0]).join('');
}

/**
 * rule: people-near-duplicate. Suggests a merge where two speakers who map to different people have
 * near-identical names (`Mason Richey` / `Mason Ritchey`): same initials, an edit or two apart.
 * Only names with the same initials are compared, so the cost grows with each bucket, not the archive squared.
 */
export function suggestSpeakerMerges(articles: readonly (QuotingArticle & { file: string })[], people: readonly PersonFile[]): Problem[] {
  const index = personIndex(people);
  const speakers = new Map<string, { name: string; slug: string; count: number; first: { file: string; position: number } }>();
  for (const article of articles) {
    article.data.quotes.forEach((quote, position) => {
      const key = quote.speaker.toLowerCase();
      const known = speakers.get(key);
      if (known) known.count++;
      else speakers.set(key, { name: quote.speaker, slug: speakerSlug(quote.speaker, index), count: 1, first: { file: article.file, position } });
    });
  }
  const buckets = new Map<string, (typeof speakers extends Map<string, infer V> ? V : never)[]>();
  for (const speaker of speakers.values()) {
    const key = initials(speaker.name);
    if (!key) continue;
    buckets.set(key, [...(buckets.get(key) ?? []), speaker]);
  }
  const problems: Problem[] = [];
  const suggested = new Set<string>();
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        if (a.slug === b.slug) continue;
        const shorter = Math.min(a.name.length, b.name.length);
        if (shorter < 6 || Math.abs(a.name.length - b.name.length) > 2) continue;
        const distance = editDistance(a.name.toLowerCase(), b.name.toLowerCase());
        if (distance === 0 || distance > Math.max(1, Math.floor(shorter / 6))) continue;
        // The rarer spelling (then the later in code order) is the one the suggestion points at.
        const [rare, common] = a.count < b.count || (a.count === b.count && compareText(a.name, b.name) > 0) ? [a, b] : [b, a];
        if (suggested.has(rare.slug)) continue;
        suggested.add(rare.slug);
        problems.push({
          file: rare.first.file,
          field: `quotes[${rare.first.position}].speaker`,
          value: JSON.stringify(rare.name),
          message: `looks like "${common.name}" (quoted in ${common.first.file}); as written they get two people pages`,
          fix: `if they are one person, write the name the same way, or add content/people/${common.slug}.md with name: ${common.name} and aliases: [${rare.name}]`,
          severity: 'suggestion',
        });
      }
    }
  }
  return problems;
}
