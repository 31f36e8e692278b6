/**
 * Translations: `translationOf: <lang>/<id>` on either side links two articles of different
 * editions, and links chain (a German and a Spanish translation of one English article are
 * translations of each other). One definition for the rule translation-of and the validated site.
 */

/** An article of an edition, with the translation it names (only when that article exists). */
export interface EditionArticle {
  lang: string;
  id: string;
  file: string;
  translationOf?: { lang: string; id: string } | undefined;
}

/** Articles linked by translationOf, on either side and through each other; groups of two or more, in input order. */
export function translationGroups<T extends EditionArticle>(articles: readonly T[]): T[][] {
  const key = (lang: string, id: string) => `${lang}/${id}`;
  const index = new Map(articles.map((article, position) => [key(article.lang, article.id), position]));
  const parent = articles.map((_, position) => position);
  const root = (position: number): number => {
    while (parent[position] !== position) position = parent[position] = parent[parent[position]!]!;
    return position;
  };
  articles.forEach((article, position) => {
    const target = article.translationOf ? index.get(key(article.translationOf.lang, article.translationOf.id)) : undefined;
    if (target !== undefined) parent[root(position)] = root(target);
  });
  const groups = new Map<number, T[]>();
  articles.forEach((article, position) => {
    const group = root(position);
    groups.set(group, [...(groups.get(group) ?? []), article]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}

/** For each article of a group, every other article of it: `{ lang, id }`, in edition order of `langs`. */
export function translationsByArticle<T extends EditionArticle>(groups: readonly T[][], langs: readonly string[]): Map<T, { lang: string; id: string }[]> {
  const map = new Map<T, { lang: string; id: string }[]>();
  for (const group of groups) {
    const ordered = [...group].sort((a, b) => langs.indexOf(a.lang) - langs.indexOf(b.lang));
    for (const article of group) map.set(article, ordered.filter((other) => other !== article).map(({ lang, id }) => ({ lang, id })));
  }
  return map;
}
