// One article of the corpus, from its own stream of (seed, index): the same article whatever the corpus size.
import { ENGLISH, formatPassages, GERMAN } from '../../../src/lib/scripture/index.ts';
import { slugify } from '../../../src/lib/text/slug.ts';
import { ENGLISH_ONLY, isGermanIndex, langOf, translationTarget, type EditionShare } from './edition.ts';
import { Rng, streamSeed } from './random.ts';
import { proseReference, reference, type Citation } from './scripture.ts';
import { FIRST_YEAR, LAST_YEAR, type ArticleInfo, type CorpusFile } from './shape.ts';
import { capitalise, clause, countWords, keep, q, sentence, wrap } from './text.ts';
import { CALLOUT_TITLES, COMMENTARY_HEADINGS, FIRST_NAMES, HEADLINE_NOUNS, HEADLINE_VERBS, LAST_NAMES, LINK_SITES, PLACES, REGIONS, SECTIONS, SPEAKER_ROLES, SUB_HEADINGS } from './vocabulary.ts';
import { world, type World } from './world.ts';

function titleOf(w: World, rng: Rng): string {
  const a = rng.pick(REGIONS);
  let b = rng.pick(REGIONS);
  if (b === a) b = rng.pick(PLACES);
  switch (rng.int(0, 4)) {
    case 0:
      return `${a} and ${b} ${rng.pick(HEADLINE_VERBS)} ${rng.pick(HEADLINE_NOUNS)}`;
    case 1:
      return `${rng.pick(HEADLINE_NOUNS)} Talks ${rng.pick(['Resume', 'Stall', 'Collapse', 'Open'])} in ${rng.pick(PLACES)}`;
    case 2:
      return `${a} Moves to ${rng.pick(HEADLINE_VERBS)} ${rng.pick(HEADLINE_NOUNS)}`;
    case 3:
      return `${capitalise(w.base.draw(rng))} ${capitalise(w.tail.draw(rng))}: ${rng.pick(HEADLINE_NOUNS)} in ${rng.pick(PLACES)}`;
    default:
      return `What the ${rng.pick(HEADLINE_NOUNS)} in ${a} Means for ${rng.pick(['Readers', 'the Church', 'the Region', 'Prophecy Watchers'])}`;
  }
}

/** The id of article `index`: its title's slug plus the index (unique, and computable without the body). */
export function articleId(seed: number, index: number): string {
  const w = world(seed);
  const rng = new Rng(streamSeed(seed, 'title', index));
  return `${slugify(titleOf(w, rng)).slice(0, 60).replace(/-+$/, '')}-${index}`;
}

export function isDraftIndex(index: number): boolean {
  return index % 100 === 37;
}

export function isMdxIndex(index: number): boolean {
  return index % 100 === 71;
}

function dateOf(rng: Rng): { date: string; year: number } {
  const year = rng.int(FIRST_YEAR, LAST_YEAR);
  const month = rng.int(1, 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = rng.int(1, days);
  return { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, year };
}

/** The address of article `index`: German edition articles live under `/de/` (the `prefix` edition shape). */
function articlePath(seed: number, index: number, editions: EditionShare): string {
  return `${isGermanIndex(index, editions.german) ? '/de' : ''}/articles/${articleId(seed, index)}/`;
}

/**
 * Generates article `index` of the corpus with this seed (independent of the corpus size). A German edition
 * article (chosen by index, edition.ts) makes the same random draws as the English one would: only its
 * `lang`, its references' form (`Matthäus 24,6–7`, one per YAML line) and its folder differ; its words stay.
 */
export function generateArticle(seed: number, index: number, editions: EditionShare = ENGLISH_ONLY): { file: CorpusFile; info: ArticleInfo } {
  const w = world(seed);
  const id = articleId(seed, index);
  const title = titleOf(w, new Rng(streamSeed(seed, 'title', index)));
  const rng = new Rng(streamSeed(seed, 'article', index));
  const draft = isDraftIndex(index);
  const mdx = isMdxIndex(index);
  const lang = langOf(index, editions.german);
  const language = lang === 'de' ? GERMAN : ENGLISH;
  const { date, year } = dateOf(rng);
  const author = w.authorPick.draw(rng);
  const topics = rng.pickDistinct(rng.int(1, 4), () => w.topicPick.draw(rng));
  const citations: Citation[] = [];
  for (let tries = 0, wanted = rng.int(1, 4); citations.length < wanted && tries < 20; tries++) {
    const next = reference(w, rng, language);
    // Compared by passage, not text: `Ezekiel 38:3–11` and `Ezekiel 38:3-11` are one passage (duplicate-scripture).
    if (!citations.some((c) => formatPassages(c.passages) === formatPassages(next.passages))) citations.push(next);
  }
  const scripture = citations.map((c) => c.text);
  const sourceName = w.sourcePick.draw(rng);
  const place = rng.pick(PLACES);

  // Quotes: sentences said by named speakers, placed in the reporting paragraphs word for word.
  const quotes = Array.from({ length: rng.int(1, 3) }, () => ({
    text: clause(w, rng, 7, 16),
    speaker: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
    role: rng.chance(0.8) ? rng.pick(SPEAKER_ROLES) : undefined,
  }));

  const blocks: string[] = [];
  let words = 0;
  const add = (block: string) => {
    blocks.push(block);
    words += countWords(block);
  };
  const paragraph = (sentences: number, extra: string[] = []) => {
    const parts = Array.from({ length: sentences }, () => sentence(w, rng));
    for (const e of extra) parts.splice(rng.int(0, parts.length), 0, e);
    return wrap(parts.join(' '));
  };
  // A prose citation of the frontmatter's passages (as listed, or verses inside a listed chapter).
  const cite = (): string => {
    const ref = keep(proseReference(citations, rng, language));
    switch (rng.int(0, 3)) {
      case 0:
        return `${clause(w, rng, 6, 14)} (${ref}).`;
      case 1:
        return `As ${ref} puts it, ${clause(w, rng, 6, 14).toLowerCase()}.`;
      case 2:
        return `Readers often turn to ${ref} at moments like this.`;
      default:
        return `${clause(w, rng, 5, 10)}, which ${ref} also describes.`;
    }
  };
  const link = (): string => {
    if (index > 0 && rng.chance(0.5)) {
      let target = rng.int(0, index - 1);
      while (isDraftIndex(target) && target > 0) target--;
      if (!isDraftIndex(target)) return `[${clause(w, rng, 2, 5).toLowerCase()}](${articlePath(seed, target, editions)})`;
    }
    return `[${clause(w, rng, 2, 5).toLowerCase()}](${rng.pick(LINK_SITES)}/${slugify(rng.pick(HEADLINE_NOUNS))}/${rng.int(1000, 99999)})`;
  };

  // 1. The news excerpt.
  add(wrap(Array.from({ length: rng.int(3, 5) }, () => sentence(w, rng)).join(' '), '> '));
  // 2. Reporting with the quotes.
  for (const quote of quotes) {
    const intro = `Speaking in ${place}, ${quote.role ? `${quote.role.toLowerCase()} ` : ''}${quote.speaker} said: “${quote.text}.”`;
    add(paragraph(rng.int(2, 4), [intro]));
  }
  // 3. Commentary with citations and links.
  add(`## ${rng.pick(COMMENTARY_HEADINGS)}`);
  add(paragraph(rng.int(3, 5), [cite(), `More on this: ${link()}.`]));
  add(paragraph(rng.int(3, 5), [cite()]));
  if (mdx) add(`<Callout title=${q(rng.pick(CALLOUT_TITLES))}>\n\n${paragraph(2, [cite()])}\n\n</Callout>`);
  // 4. A list under an h3.
  add(`### ${rng.pick(SUB_HEADINGS)}`);
  add(
    Array.from({ length: rng.int(3, 5) }, (_, i) => `- ${i === 0 ? `${clause(w, rng, 4, 8)}: ${link()}` : clause(w, rng, 5, 12)}${rng.chance(0.3) ? ` (${proseReference(citations, rng, language)})` : ''}`).join('\n'),
  );
  // 5. More commentary until the article reaches its length; sometimes a second excerpt.
  const target = rng.int(700, 1100);
  add(`## ${rng.pick(COMMENTARY_HEADINGS)}`);
  if (rng.chance(0.4)) add(wrap(`${sentence(w, rng)} ${sentence(w, rng)}`, '> '));
  let linksLeft = rng.int(0, 2);
  while (words < target - 40) {
    const extras = [cite()];
    if (linksLeft-- > 0) extras.push(`See also ${link()}.`);
    add(paragraph(rng.int(3, 6), extras));
  }

  const fm: string[] = ['---', `title: ${q(title)}`];
  const original = translationTarget(index, editions.german);
  if (lang === 'de') fm.push('lang: de');
  const translationOf = original === undefined ? undefined : `en/${articleId(seed, original)}`;
  if (translationOf) fm.push(`translationOf: ${translationOf}`);
  if (rng.chance(0.7)) fm.push(`kicker: ${q(rng.pick(REGIONS))}`);
  fm.push(`date: ${date}`);
  if (rng.chance(0.1)) {
    const next = dateOf(rng);
    if (next.date > date) fm.push(`updated: ${next.date}`);
  }
  fm.push(`author: ${author.id}`);
  if (rng.chance(0.3)) fm.push(`summary: ${q(`${clause(w, rng, 10, 30)}.`)}`);
  if (rng.chance(0.2)) fm.push(`source: ${q(sourceName)}`);
  else {
    const section = rng.chance(0.6) ? `, section: ${q(rng.pick(SECTIONS))}` : '';
    fm.push(`source: { name: ${q(sourceName)}, url: ${q(`https://news.example.com/${slugify(sourceName)}/${year}/${slugify(title).slice(0, 40)}`)}${section} }`);
  }
  fm.push(`topics: [${topics.map(q).join(', ')}]`);
  // A German list is one reference per line: in a flow list the verse comma would split it (scripture-split-list).
  if (lang === 'de') fm.push('scripture:', ...scripture.map((s) => `  - ${q(s)}`));
  else fm.push(`scripture: [${scripture.map(q).join(', ')}]`);
  fm.push('quotes:');
  for (const quote of quotes) {
    fm.push(`  - text: ${q(quote.text)}`, `    speaker: ${q(quote.speaker)}`);
    if (quote.role) fm.push(`    role: ${q(quote.role)}`);
  }
  if (draft) fm.push('draft: true');
  fm.push('---');

  const text = `${fm.join('\n')}\n\n${blocks.join('\n\n')}\n`;
  return {
    file: { path: `articles/${lang === 'de' ? 'de/' : ''}${year}/${id}.${mdx ? 'mdx' : 'md'}`, text },
    info: { index, id, lang, draft, mdx, words, scripture, ...(translationOf ? { translationOf } : {}) },
  };
}
