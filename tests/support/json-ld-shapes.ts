/**
 * The JSON-LD shapes the site promises, checked the way a consumer reads them: every block is
 * schema.org with a type; a WebSite says how to search it; a BreadcrumbList numbers its items from 1
 * with a name and an absolute address; an article is based on a news article (not a bare string).
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAbsolute = (value: unknown): boolean => typeof value === 'string' && /^https?:\/\//.test(value);

/** What is wrong with one top-level JSON-LD block; empty when nothing is. */
export function jsonLdProblems(block: unknown): string[] {
  if (!isObject(block)) return ['not an object'];
  const problems: string[] = [];
  if (block['@context'] !== 'https://schema.org') problems.push('no @context https://schema.org');
  if (typeof block['@type'] !== 'string') problems.push('no @type');
  if ('url' in block && !isAbsolute(block.url)) problems.push(`url is not absolute: ${String(block.url)}`);
  switch (block['@type']) {
    case 'WebSite': {
      const action = block.potentialAction as Json | undefined;
      const target = action?.target as Json | undefined;
      if (!isAbsolute(block.url) || typeof block.name !== 'string') problems.push('WebSite without url and name');
      if (action?.['@type'] !== 'SearchAction' || target?.['@type'] !== 'EntryPoint' || !String(target?.urlTemplate).includes('{search_term_string}') || !isAbsolute(target?.urlTemplate)) problems.push('WebSite without a SearchAction whose urlTemplate holds {search_term_string}');
      if (action?.['query-input'] !== 'required name=search_term_string') problems.push('SearchAction without query-input');
      break;
    }
    case 'BreadcrumbList': {
      const items = block.itemListElement;
      if (!Array.isArray(items) || items.length === 0) problems.push('BreadcrumbList without items');
      else
        items.forEach((item: Json, index) => {
          if (item['@type'] !== 'ListItem' || item.position !== index + 1 || typeof item.name !== 'string' || !item.name || !isAbsolute(item.item)) problems.push(`BreadcrumbList item ${index + 1} is not a ListItem with position ${index + 1}, a name and an absolute item`);
        });
      break;
    }
    case 'OpinionNewsArticle':
    case 'NewsArticle': {
      const based = block.isBasedOn;
      if (!isObject(based) || !['NewsArticle', 'CreativeWork'].includes(String(based['@type'])) || typeof based.name !== 'string' || !isObject(based.publisher) || typeof (based.publisher as Json).name !== 'string') problems.push('isBasedOn is not a NewsArticle/CreativeWork with a name and a publisher');
      else if ('url' in based && !isAbsolute(based.url)) problems.push('isBasedOn url is not absolute');
      if (typeof block.headline !== 'string') problems.push('article without headline');
      break;
    }
    default:
      break;
  }
  return problems;
}
