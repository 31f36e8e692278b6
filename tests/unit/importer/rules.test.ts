// The importer's rules one at a time, on short invented texts.
import { describe, expect, it } from 'vitest';
import {
  dateAtEnd,
  findScripture,
  importArticle,
  ImportError,
  renderArticle,
  roleLabel,
  titleCase,
  type KnownAuthor,
} from '../../../src/lib/importer/index.ts';
import { escapeLine } from '../../../src/lib/importer/markdown.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { bodyFacts } from '../../../src/lib/facts/body-facts.ts';

const markdownToPlainText = (body: string): string => bodyFacts(body).text;

const authors: KnownAuthor[] = [
  { id: 'miriam-hale', name: 'Miriam Hale' },
  { id: 'daniel-okafor', name: 'Daniel Okafor' },
];
const AUTHOR_FILES = authors.map((a) => ({ path: `content/authors/${a.id}.md`, text: `---\nname: ${a.name}\n---\n\nBio.\n` }));

const imp = (text: string, flags: Record<string, string> = {}) => importArticle(text, { authors, ...flags });
const displays = (text: string) => findScripture(text).map((m) => m.display);

describe('title line', () => {
  it.each([
    ['NORTH KOREA - Missiles Over the Sea', 'North Korea', 'Missiles Over the Sea'],
    ['MIDDLE EAST – Talks Resume', 'Middle East', 'Talks Resume'],
    ['SOUTH CHINA SEA — Patrols Double', 'South China Sea', 'Patrols Double'],
    ['ASIA-PACIFIC - Courts for Fish', 'Asia-Pacific', 'Courts for Fish'],
    ['EU - A Register of Crossings', 'EU', 'A Register of Crossings'],
    ['UNITED STATES OF AMERICA - Rates Rise', 'United States of America', 'Rates Rise'],
  ])('%s → kicker %s, title %s', (line, kicker, title) => {
    const result = imp(`${line}\n\nA paragraph.\n`);
    expect(result.frontmatter.kicker).toBe(kicker);
    expect(result.frontmatter.title).toBe(title);
  });

  it.each([
    'Breaking - Talks Resume in Vessa',
    'Talks Resume – and Stall – in Vessa',
    'A Seven-Year Plan',
  ])('%s has no kicker and is the whole title', (line) => {
    const result = imp(`${line}\n\nA paragraph.\n`);
    expect(result.frontmatter.kicker).toBeUndefined();
    expect(result.frontmatter.title).toBe(line);
  });

  it('keeps a kicker from the text over --kicker, and uses --kicker when there is none', () => {
    expect(imp('EUROPE - Title\n\nText.', { kicker: 'Politics' }).frontmatter.kicker).toBe('Europe');
    expect(imp('Title\n\nText.', { kicker: 'Politics' }).frontmatter.kicker).toBe('Politics');
  });

  it('derives the file name from the title slug', () => {
    expect(imp('NORTH KOREA - Pyongyang’s “Shield” Treaty\n\nText.').id).toBe('pyongyangs-shield-treaty');
  });

  it('refuses an empty text or a title without letters', () => {
    expect(() => imp('   \n\n')).toThrow(ImportError);
    expect(() => imp('— — —\n\nText.')).toThrow(/no letters or digits/);
  });

  it('title-cases region labels, keeping acronyms', () => {
    expect(titleCase('NORTH KOREA')).toBe('North Korea');
    expect(titleCase('UN SECURITY COUNCIL')).toBe('UN Security Council');
    expect(titleCase('BOSNIA AND HERZEGOVINA')).toBe('Bosnia and Herzegovina');
  });
});

describe('author', () => {
  it('matches an author line by name, ignoring case and a leading "By"', () => {
    for (const line of ['Miriam Hale', 'MIRIAM HALE', 'By Miriam Hale', 'miriam hale']) {
      const result = imp(`Title\n${line}\n\nText of the article.`);
      expect(result.frontmatter.author, line).toBe('miriam-hale');
      expect(result.newAuthor).toBeUndefined();
    }
  });

  it('accepts the author line as its own paragraph too', () => {
    expect(imp('Title\n\nDaniel Okafor\n\nText of the article.').frontmatter.author).toBe('daniel-okafor');
  });

  it('does not take a first sentence for an author line', () => {
    const result = imp('Title\n\nTalks resumed on Monday.\n\nMore text.');
    expect(result.frontmatter.author).toBeUndefined();
    expect(result.body).toContain('Talks resumed on Monday.');
  });

  it('creates a new author with the closing paragraph as bio, removed from the body', () => {
    const result = imp('Title\nAnia Brook\n\nNews.\n\nAnia Brook’s Commentary\n\nViews.\n\nAnia Brook, a teacher in Keld, writes on the prophets.');
    expect(result.frontmatter.author).toBe('ania-brook');
    expect(result.newAuthor).toMatchObject({ id: 'ania-brook', name: 'Ania Brook', placeholder: false, bio: 'Ania Brook, a teacher in Keld, writes on the prophets.' });
    expect(result.body).not.toContain('a teacher in Keld');
  });

  it('does not take a paragraph that merely mentions the author as the bio', () => {
    const result = imp('Title\nAnia Brook\n\nNews.\n\nAnia Brook’s Commentary\n\nWhen Ania Brook visited Keld she saw it.');
    expect(result.newAuthor?.placeholder).toBe(true);
    expect(result.body).toContain('When Ania Brook visited Keld she saw it.');
  });

  it('names the author from the commentary heading when there is no author line', () => {
    expect(imp('Title\n\nNews.\n\nMiriam Hale’s Commentary\n\nViews.').frontmatter.author).toBe('miriam-hale');
  });

  it('uses --author only when the text names nobody, and says so when it is not used', () => {
    expect(imp('Title\n\nNews.\n\nViews.', { author: 'daniel-okafor' }).frontmatter.author).toBe('daniel-okafor');
    const result = imp('Title\nMiriam Hale\n\nNews.', { author: 'daniel-okafor' });
    expect(result.frontmatter.author).toBe('miriam-hale');
    expect(result.found).toContain('--author daniel-okafor not used: the text names Miriam Hale');
  });

  it('never reuses a taken author id for a different person', () => {
    const result = importArticle('Title\nMiriam Hale-Ross\n\nNews.', { authors: [{ id: 'miriam-hale-ross', name: 'M. Hale-Ross' }] });
    expect(result.frontmatter.author).toBeUndefined();
    expect(result.newAuthor).toBeUndefined();
    expect(result.todo.join('\n')).toContain('miriam-hale-ross.md is taken by “M. Hale-Ross”');
  });
});

describe('commentary line and excerpt', () => {
  it.each(['Miriam Hale’s Commentary', "Miriam Hale's Commentary", 'Commentary'])('%s becomes a ## heading, the paragraphs above a blockquote', (line) => {
    const result = imp(`Title\nMiriam Hale\n\nFirst news paragraph.\n\nSecond news paragraph.\n\n${line}\n\nMy view.`);
    expect(result.body).toBe(`> First news paragraph.\n>\n> Second news paragraph.\n\n## ${line}\n\nMy view.\n`);
  });

  it('without a commentary line leaves paragraphs as they are and says what to do', () => {
    const result = imp('Title\n\nFirst.\n\nSecond.');
    expect(result.body).toBe('First.\n\nSecond.\n');
    expect(result.todo.some((t) => t.startsWith('commentary:'))).toBe(true);
  });

  it('reads a text without blank lines as one paragraph per line', () => {
    const result = imp('Title\nMiriam Hale\nNews one.\nNews two.\nMiriam Hale’s Commentary\nView.');
    expect(result.body).toBe('> News one.\n>\n> News two.\n\n## Miriam Hale’s Commentary\n\nView.\n');
  });
});

describe('date in prose at the end of the excerpt', () => {
  it.each([
    ['The talks ended, 14 September 2023.', '2023-09-14'],
    ['The talks ended, September 14, 2023', '2023-09-14'],
    ['Example Wire, Sept. 14, 2023.', '2023-09-14'],
    ['Example Wire, 14 Sept 2023', '2023-09-14'],
    ['Example Wire, Thursday, 14 Sept 2023', '2023-09-14'],
    ['The summit is in November (2 March 2026).', '2026-03-02'],
    ['The Ledger reported — 1 Feb 2024', '2024-02-01'],
    ['Example Wire\n29 February 2024', '2024-02-29'],
  ])('%s → %s', (paragraph, date) => {
    const result = dateAtEnd(paragraph);
    expect(result && result.ok && result.found.date).toBe(date);
  });

  it.each([
    'The treaty was signed on 3 March 2021.',
    'On 14 September 2023, the talks ended.',
    'The talks ended, 14 September 2023, and resumed.',
    'In September 2023 the talks ended.',
  ])('ignores %s', (paragraph) => {
    expect(dateAtEnd(paragraph)).toBeUndefined();
  });

  it('reports an impossible day instead of correcting it', () => {
    expect(dateAtEnd('Example Wire, 31 September 2023.')).toEqual({ ok: false, text: '31 September 2023', message: '2023-09-31 is not a calendar day; September 2023 has 30 days' });
  });

  it('takes the date at the end of the excerpt, not one inside the commentary', () => {
    const result = imp('Title\n\nNews, 2 March 2026.\n\nCommentary\n\nA view, 3 March 2026.');
    expect(result.frontmatter.date).toBe('2026-03-02');
  });

  it('uses --date only when the text has no date', () => {
    expect(imp('Title\n\nNews, 2 March 2026.', { date: '2026-01-01' }).frontmatter.date).toBe('2026-03-02');
    expect(imp('Title\n\nNews.', { date: '2026-01-01' }).frontmatter.date).toBe('2026-01-01');
  });
});

describe('quotes', () => {
  const quotesOf = (text: string) => imp(`Title\n\n${text}`).frontmatter.quotes ?? [];

  it('1. a quoted paragraph followed by —Name, role (em dash, en dash or hyphen; same or next paragraph)', () => {
    for (const dash of ['—', '– ', '- ']) {
      expect(quotesOf(`“We will not move.”\n${dash}Jane Roe, the minister of defence`), dash).toEqual([
        { text: 'We will not move.', speaker: 'Jane Roe', role: 'Minister of defence' },
      ]);
      expect(quotesOf(`“We will not move.”\n\n${dash}Jane Roe`), dash).toEqual([{ text: 'We will not move.', speaker: 'Jane Roe' }]);
    }
  });

  it('1. an attribution to Scripture is a reference, not a speaker', () => {
    const result = imp('Title\n\n“Peace, peace; when there is no peace.”\n—Jeremiah 6:14');
    expect(result.frontmatter.quotes).toBeUndefined();
    expect(result.frontmatter.scripture).toEqual(['Jeremiah 6:14']);
  });

  it('2. “…,” said Name, of Organization', () => {
    expect(quotesOf('“We are ready,” said Jane Roe, of the Example Institute.')).toEqual([{ text: 'We are ready', speaker: 'Jane Roe', role: 'Example Institute' }]);
    expect(quotesOf('"We are ready," said Jane Roe.')).toEqual([{ text: 'We are ready', speaker: 'Jane Roe' }]);
    expect(quotesOf('“Are we ready?” said Jane Roe, a spokesperson for the U.N. mission.')).toEqual([
      { text: 'Are we ready?', speaker: 'Jane Roe', role: 'Spokesperson for the U.N. mission' },
    ]);
    expect(quotesOf('“We are ready,” Jane Roe said on Monday.')).toEqual([{ text: 'We are ready', speaker: 'Jane Roe' }]);
  });

  it('3. Name, a professor at …, stated: “…”', () => {
    expect(quotesOf('Hanne Sorvik, a professor at the University of Eastmarch, stated: “It is not yet a treaty.”')).toEqual([
      { text: 'It is not yet a treaty.', speaker: 'Hanne Sorvik', role: 'Professor at the University of Eastmarch' },
    ]);
    expect(quotesOf('Yesterday Foreign Minister Selin Arvas told reporters: “We came for water.”')).toEqual([
      { text: 'We came for water.', speaker: 'Selin Arvas', role: 'Foreign Minister' },
    ]);
  });

  it('4. Name said: followed by the paragraph that is the quote', () => {
    const result = imp('Title\n\nNews.\n\nIn a statement, Jane Roe said:\n\nWe will meet again in March and we expect to sign.\n\nMore news.');
    expect(result.frontmatter.quotes).toEqual([{ text: 'We will meet again in March and we expect to sign.', speaker: 'Jane Roe' }]);
    expect(result.body).toContain('In a statement, Jane Roe said:\n\n> We will meet again in March and we expect to sign.\n\nMore news.');
  });

  it('does not invent a speaker for pronouns or unnamed people, and lists those quotes as to do', () => {
    const result = imp('Title\n\n“We cannot go on like this,” she said.\n\n“It is over now,” an official said.');
    expect(result.frontmatter.quotes).toBeUndefined();
    expect(result.todo.join('\n')).toContain('2 quotations without a recognised speaker');
  });

  it('keeps the quote text verbatim so the contract quote check passes', () => {
    const result = imp('Title\nMiriam Hale\n\n“It’s — frankly — “done”… or nearly,” said Jane Roe, of the Example Institute, 2 March 2026.', { source: 'Example Wire' });
    const { problems } = validateContent({ articles: [{ path: 'content/articles/title.md', text: result.markdown }], authors: AUTHOR_FILES });
    expect(problems).toEqual([]);
  });

  it('roles: of/from and a leading article are dropped, the rest kept as written', () => {
    expect(roleLabel('of the Example Institute')).toBe('Example Institute');
    expect(roleLabel('a professor at the University of Eastmarch')).toBe('Professor at the University of Eastmarch');
    expect(roleLabel('the director of the Vessa Dialogue Centre.')).toBe('Director of the Vessa Dialogue Centre');
    expect(roleLabel('Chief hydrologist, Talmar Basin Authority')).toBe('Chief hydrologist, Talmar Basin Authority');
  });
});

describe('scripture', () => {
  it('finds references in prose, in display form', () => {
    expect(displays('Jesus warned them (Luke 21:7-8), as in Matthew 24 and 1 Thess. 5:3; see Revelation 13:1-18; 17:3.')).toEqual([
      'Luke 21:7–8',
      'Matthew 24',
      '1 Thessalonians 5:3',
      'Revelation 13:1–18; 17:3',
    ]);
    expect(displays('II Timothy 3:1, Jude 3 and Psalm 2:1-4')).toEqual(['2 Timothy 3:1', 'Jude 3', 'Psalm 2:1–4']);
  });

  it('does not read words such as Job, Acts or Numbers with a bare number, or people named Mark or Daniel, as references', () => {
    expect(displays('The Job 3 team, Acts 2 of the play, Numbers 4 and 5 on the list, Is 5 enough? Kings 5 of spades. Mark Ellery and Daniel Okafor agreed.')).toEqual([]);
  });

  it('reads them with a verse or in parentheses', () => {
    expect(displays('Job 38:4, Mark 13:8 and (Mark 13) and Acts 17:26')).toEqual(['Job 38:4', 'Mark 13:8', 'Mark 13', 'Acts 17:26']);
  });

  it('drops impossible references and trailing numbers that are not part of one', () => {
    expect(displays('Luke 25:1 is not there, Luke 21:7-8, 2023 was a year')).toEqual(['Luke 21:7–8']);
  });

  it('turns lists of book names after "passages in", "the book(s) of", "prophecies of" into whole books', () => {
    expect(displays('Passages in Ezekiel, Daniel and Revelation are often read this way.')).toEqual(['Ezekiel', 'Daniel', 'Revelation']);
    expect(displays('the prophecies of Jeremiah, the book of Song of Solomon and the books of Daniel, Joel, and Amos')).toEqual([
      'Jeremiah',
      'Song of Solomon',
      'Daniel',
      'Joel',
      'Amos',
    ]);
    expect(displays('the book of Daniel 9:27')).toEqual(['Daniel 9:27']);
  });

  it('does not take bare names outside such lists, or lower-case words, as books', () => {
    expect(displays('Daniel Okafor met Ruth and Amos in Mark’s office; passages in the news; the book of numbers.')).toEqual([]);
  });

  it('deduplicates in order of first appearance across title and body', () => {
    const result = imp('Luke 21:7-8 and the Treaty\n\nSee Luke 21:7–8 and Ezekiel 38.\n\nAgain Luke 21:7-8, and passages in Ezekiel.');
    expect(result.frontmatter.scripture).toEqual(['Luke 21:7–8', 'Ezekiel 38', 'Ezekiel']);
  });

  it('carries the book and chapter from one paragraph to the next, for "verses 6-7"', () => {
    const result = imp('Title\n\nJesus answered in Luke 21.\n\nIn verses 7-8 he warns them.');
    expect(result.frontmatter.scripture).toEqual(['Luke 21', 'Luke 21:7–8']);
  });
});

describe('Markdown structure only', () => {
  it('escapes what Markdown would read as markup, so the rendered text is the author’s', () => {
    const lines = ['# not a heading', '- not a list', '1. not a list', '> not a quote', '---', '=====', '*stars* and _under_ and a_b', '<b>bold</b> &amp; `code`', '[link](x)', '| cell |'];
    const body = lines.map(escapeLine).join('\n');
    expect(markdownToPlainText(body).replace(/\s+/g, ' ')).toBe(lines.join(' '));
  });

  it('escapes link reference and footnote definitions at a line start, which would otherwise vanish from the page', () => {
    const text = 'Title\n\n[note]: http://example.org is where it was posted\n\n[^1]: a footnote-like line';
    const result = imp(text);
    expect(result.body).toBe('\\[note]: http://example.org is where it was posted\n\n\\[^1]: a footnote-like line\n');
    expect(markdownToPlainText(result.body)).toContain('[note]: http://example.org is where it was posted');
    expect(markdownToPlainText(result.body)).toContain('[^1]: a footnote-like line');
  });

  it('keeps curly quotes, dashes and wording exactly', () => {
    const text = 'Title\n\n“It’s — the ‘end’ – of talks...” he said ... — fine -- yes';
    expect(imp(text).body).toBe('“It’s — the ‘end’ – of talks...” he said ... — fine -- yes\n');
  });
});

describe('missing required fields', () => {
  it('are left out with a # TODO comment, so npm run check fails with a message naming the fix', () => {
    const markdown = renderArticle({ title: 'A Title' }, 'Body.\n');
    expect(markdown).toBe(
      [
        '---',
        'title: A Title',
        '# TODO date: the publication date of the news, YYYY-MM-DD (none found at the end of the excerpt)',
        '# TODO author: the id of a file in content/authors/, e.g. author: jane-doe',
        '# TODO source: the publication the news came from, e.g. source: Example Wire',
        '---',
        '',
        'Body.',
        '',
      ].join('\n'),
    );
    const { problems } = validateContent({ articles: [{ path: 'content/articles/a-title.md', text: markdown }], authors: AUTHOR_FILES });
    expect(problems.map((p) => [p.field, p.message, p.fix])).toEqual([
      ['date', 'is required but missing', 'expected YYYY-MM-DD, e.g. date: 2026-03-02'],
      ['author', 'is required but missing', 'add the id of a file in content/authors/, e.g. author: jane-doe'],
      ['source', 'is required but missing', 'add a publication name, e.g. source: Example Wire, or source: { name: Example Wire, url: "https://…" }'],
    ]);
  });

  it('are filled from the flags, never invented', () => {
    const result = imp('Title\n\nText.');
    expect(result.frontmatter).toEqual({ title: 'Title' });
    expect(imp('Title\n\nText.', { source: 'Example Wire', date: '2026-03-02', author: 'miriam-hale' }).frontmatter).toEqual({
      title: 'Title',
      date: '2026-03-02',
      author: 'miriam-hale',
      source: 'Example Wire',
    });
  });

  it('writes YAML that quotes only when needed and keeps dates plain', () => {
    const markdown = renderArticle({ title: 'Peace: at What Cost?', date: '2026-03-02', author: 'a', source: 'Example Wire', scripture: ['Luke 21:7–8'], quotes: [{ text: '“Yes” - said', speaker: 'A. B' }] }, 'x\n');
    expect(markdown).toContain('title: "Peace: at What Cost?"\ndate: 2026-03-02\nauthor: a\nsource: Example Wire\nscripture:\n  - Luke 21:7–8\nquotes:\n  - text: “Yes” - said\n    speaker: A. B\n');
  });
});

describe('input forms', () => {
  it('accepts a byte-order mark and Windows line endings', () => {
    const result = imp('\uFEFFEUROPE - Title\r\nMiriam Hale\r\n\r\nNews, 2 March 2026.\r\n\r\nCommentary\r\n\r\nView.\r\n');
    expect(result.frontmatter).toMatchObject({ kicker: 'Europe', title: 'Title', author: 'miriam-hale', date: '2026-03-02' });
    expect(result.body).toBe('> News, 2 March 2026.\n\n## Commentary\n\nView.\n');
  });

  it('asks to confirm a new author read only from the line under the title', () => {
    const result = imp('Title\nTalks Resume\n\nNews.');
    expect(result.newAuthor?.name).toBe('Talks Resume');
    expect(result.todo.join('\n')).toContain('“Talks Resume” was read as the author\'s name only from the line under the title');
    expect(imp('Title\nBy Ania Brook\n\nNews.').todo.join('\n')).not.toContain('was read as the author');
  });
});

describe('quote structure in the body', () => {
  it('renders a quoted paragraph and its attribution as one blockquote, outside and inside the excerpt', () => {
    const result = imp('Title\n\n“Inside the excerpt.”\n—Jane Roe, of the Example Institute\n\nCommentary\n\n“Outside it.”\n\n– Tom Reed, analyst\n\nMy view.');
    expect(result.body).toBe(
      '> “Inside the excerpt.”\n>\n> —Jane Roe, of the Example Institute\n\n## Commentary\n\n> “Outside it.”\n>\n> – Tom Reed, analyst\n\nMy view.\n',
    );
    expect(result.frontmatter.quotes).toEqual([
      { text: 'Inside the excerpt.', speaker: 'Jane Roe', role: 'Example Institute' },
      { text: 'Outside it.', speaker: 'Tom Reed', role: 'Analyst' },
    ]);
  });
});
