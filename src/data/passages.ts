/**
 * Each article's passages from the one passage model (src/lib/scripture/article-passages.ts): its
 * frontmatter `scripture` and the citations validation found in its prose, computed once per article.
 * Pages that rank or count articles by scripture (the scripture index, related articles) read
 * articles whose `scripture` is the model's, made here once per list.
 */
import type { Article } from './entries.ts';
import type { PageContext } from './page-context.ts';
import { articlePassages, asCitations, type ArticlePassage, type PassageKind } from '../lib/scripture/article-passages.ts';

export type { ArticlePassage, PassageKind };

type Facts = Pick<PageContext, 'factsOf'>;

const byArticle = new WeakMap<Article, ArticlePassage[]>();

/** The article's passages, frontmatter first, each marked `cited` or `mention`. */
export function passagesOf(article: Article, context: Facts): ArticlePassage[] {
  let passages = byArticle.get(article);
  if (!passages) byArticle.set(article, (passages = articlePassages(article.data.scripture, context.factsOf(article).citations)));
  return passages;
}

/** The article with the model's passages (of `kinds`) as its `scripture`, one citation per passage. */
export function withModelPassages(article: Article, context: Facts, kinds: readonly PassageKind[] = ['cited', 'mention']): Article {
  return { ...article, data: { ...article.data, scripture: asCitations(passagesOf(article, context), kinds) } };
}

const byList = new WeakMap<readonly Article[], Map<string, Article[]>>();

/** Every article of `list` with the model's passages, made once per list and kinds (related ranking indexes a list once). */
export function listWithModelPassages(list: readonly Article[], context: Facts, kinds: readonly PassageKind[] = ['cited', 'mention']): Article[] {
  let lists = byList.get(list);
  if (!lists) byList.set(list, (lists = new Map()));
  const key = kinds.join(',');
  let made = lists.get(key);
  if (!made) lists.set(key, (made = list.map((article) => withModelPassages(article, context, kinds))));
  return made;
}
