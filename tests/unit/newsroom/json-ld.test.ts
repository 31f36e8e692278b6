// JSON-LD of the newsroom additions, checked against the schema.org types it uses: each node's
// required properties present, every property one schema.org defines for that type, values of the right type.
import { describe, expect, it } from 'vitest';
import { articleJsonLd, authorPageJsonLd, newsroomArticleJsonLd, personPageJsonLd, seriesPageJsonLd } from '../../../src/lib/metadata/json-ld.ts';

type Check = 'text' | 'date' | 'url' | 'integer' | `@${string}` | 'any';
/**
 * The schema.org types used, with the properties we emit and what their values must be (schema.org
 * ranges, narrowed to what we promise). `required` are the ones the page is useless without.
 */
const TYPES: Record<string, { required: string[]; properties: Record<string, Check | Check[]> }> = {
  CorrectionComment: { required: ['text', 'datePublished'], properties: { text: 'text', datePublished: 'date' } },
  CreativeWorkSeries: { required: ['name', 'url'], properties: { name: 'text', url: 'url', hasPart: '@OpinionNewsArticle' } },
  Quotation: { required: ['text', 'spokenByCharacter'], properties: { text: 'text', spokenByCharacter: '@Person', dateCreated: 'date', isPartOf: '@OpinionNewsArticle' } },
  Person: { required: ['name'], properties: { '@id': 'url', name: 'text', url: 'url', description: 'text', sameAs: 'url', jobTitle: 'text', affiliation: '@Organization' } },
  Organization: { required: ['name'], properties: { name: 'text', url: 'url' } },
  ProfilePage: { required: ['mainEntity', 'url'], properties: { url: 'url', mainEntity: '@Person', hasPart: '@Quotation' } },
  OpinionNewsArticle: { required: ['url', 'headline'], properties: { url: 'url', headline: 'text', position: 'integer', correction: '@CorrectionComment', isPartOf: '@CreativeWorkSeries' } },
};

/** Every problem with a JSON-LD node and the nodes inside it, as readable strings. */
function problemsOf(node: Record<string, unknown>, path = '$', strictProperties = true): string[] {
  const type = node['@type'];
  if (typeof type !== 'string' || !TYPES[type]) return [`${path}: unknown @type ${String(type)}`];
  const spec = TYPES[type]!;
  const problems: string[] = [];
  for (const key of spec.required) if (node[key] === undefined) problems.push(`${path}: ${type} lacks ${key}`);
  for (const [key, value] of Object.entries(node)) {
    if (key === '@type' || key === '@context') continue;
    const check = spec.properties[key];
    if (!check) {
      if (strictProperties) problems.push(`${path}: ${type} has no property ${key}`);
      continue;
    }
    for (const [index, item] of (Array.isArray(value) ? value : [value]).entries()) {
      const at = `${path}.${key}${Array.isArray(value) ? `[${index}]` : ''}`;
      const c = check as Check;
      if (c.startsWith('@')) {
        if (typeof item !== 'object' || item === null || (item as Record<string, unknown>)['@type'] !== c.slice(1)) problems.push(`${at}: expected a ${c.slice(1)}`);
        else problems.push(...problemsOf(item as Record<string, unknown>, at));
      } else if (c === 'text' && (typeof item !== 'string' || !item.trim())) problems.push(`${at}: expected text`);
      else if (c === 'date' && !(typeof item === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(item))) problems.push(`${at}: expected an ISO 8601 date`);
      else if (c === 'url' && !(typeof item === 'string' && /^https?:\/\/[^/]+/.test(item))) problems.push(`${at}: expected an absolute URL`);
      else if (c === 'integer' && !Number.isInteger(item)) problems.push(`${at}: expected an integer`);
    }
  }
  return problems;
}

describe('newsroom JSON-LD', () => {
  const article = articleJsonLd({
    url: 'https://s.example/articles/a/',
    headline: 'H',
    description: 'D',
    datePublished: '2026-03-02',
    dateModified: '2026-03-04',
    author: { name: 'Jane', url: 'https://s.example/authors/jane/' },
    publisher: { name: 'Site', url: 'https://s.example' },
    keywords: [],
    source: { name: 'Wire' },
    passages: [],
  });

  it('adds CorrectionComment corrections and isPartOf a CreativeWorkSeries to the article', () => {
    const extra = newsroomArticleJsonLd({
      corrections: [{ date: '2026-03-04', text: 'An earlier version misspelt a name.' }],
      series: { name: 'Letters', url: 'https://s.example/series/letters/', part: 2 },
    });
    const data = { ...article, ...extra };
    expect(data.correction).toEqual([{ '@type': 'CorrectionComment', datePublished: '2026-03-04', text: 'An earlier version misspelt a name.' }]);
    // Only the added properties are checked strictly here; the article's own are tested in tests/unit/metadata/json-ld.test.ts.
    expect(problemsOf(data as Record<string, unknown>, '$', false)).toEqual([]);
    expect(newsroomArticleJsonLd({ corrections: [] })).toEqual({});
  });

  it('fails the check when a required property or type is wrong (the check can fail)', () => {
    expect(problemsOf({ '@type': 'Quotation', text: 'x', spokenByCharacter: { '@type': 'Organization', name: 'X' } })).toEqual(['$.spokenByCharacter: expected a Person']);
    expect(problemsOf({ '@type': 'CorrectionComment', text: 'x', datePublished: '12 June' })).toEqual(['$.datePublished: expected an ISO 8601 date']);
    expect(problemsOf({ '@type': 'CreativeWorkSeries', url: 'https://s.example/' })).toEqual(['$: CreativeWorkSeries lacks name']);
  });

  it('describes a person page as a ProfilePage of Quotations spoken by the Person', () => {
    const data = personPageJsonLd({
      url: 'https://s.example/people/leila-marchetti/',
      name: 'Leila Marchetti',
      description: 'Research fellow',
      quotes: [{ text: 'A truce is not a peace', date: '2025-06-09', articleUrl: 'https://s.example/articles/a/', articleTitle: 'H' }],
    });
    expect(problemsOf(data)).toEqual([]);
    expect(data).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Leila Marchetti' } });
    expect((data.hasPart as Record<string, unknown>[])[0]).toMatchObject({ '@type': 'Quotation', spokenByCharacter: { '@type': 'Person', name: 'Leila Marchetti' } });
  });

  it('describes an author page as a ProfilePage and a series page as a CreativeWorkSeries', () => {
    expect(problemsOf(authorPageJsonLd({ url: 'https://s.example/authors/jane/', name: 'Jane', jobTitle: 'Editor', organization: 'Fellowship', sameAs: 'https://jane.example/' }))).toEqual([]);
    const series = seriesPageJsonLd({ url: 'https://s.example/series/letters/', name: 'Letters', parts: [{ url: 'https://s.example/articles/a/', headline: 'H', position: 1 }] });
    expect(problemsOf(series)).toEqual([]);
  });
});
