// The importer's German house style (`--lang de`), one rule at a time on short invented texts:
// quotations, attributions, dates, the commentary and closing lines, names, references.
import { describe, expect, it } from 'vitest';
import {
  GERMAN_IMPORT,
  attributionLine,
  dateAtEnd,
  findScripture,
  importArticle,
  quotedParagraph,
  roleLabel,
  scanQuotes,
  titleCase,
  type KnownAuthor,
} from '../../../src/lib/importer/index.ts';

const authors: KnownAuthor[] = [
  { id: 'miriam-hale', name: 'Miriam Hale' },
  { id: 'jana-roe', name: 'Jana Roe' },
];
const de = (text: string, flags: Record<string, string> = {}) => importArticle(text, { authors, lang: 'de', ...flags });
const quotesIn = (...paragraphs: string[]) => scanQuotes(paragraphs.map((p) => p.split('\n')), GERMAN_IMPORT).quotes.map(({ text, speaker, role }) => (role ? { text, speaker, role } : { text, speaker }));
const displays = (text: string) => findScripture(text, undefined, GERMAN_IMPORT).map((m) => m.display);

describe('German quotations', () => {
  it.each([
    ['„Wir sind bereit.“', 'Wir sind bereit.'],
    ['»Wir sind bereit.«', 'Wir sind bereit.'],
    ['«Wir sind bereit.»', 'Wir sind bereit.'],
    ['„Sie nennen es ‚Frieden‘, aber es ist ein Waffenstillstand.“', 'Sie nennen es ‚Frieden‘, aber es ist ein Waffenstillstand.'],
  ])('%s is a quoted paragraph', (paragraph, words) => {
    expect(quotedParagraph(paragraph, GERMAN_IMPORT)).toBe(words);
  });

  it('does not read the German closing mark “ as an English opening one', () => {
    expect(quotedParagraph('„Ja“, sagte sie. „Nein“', GERMAN_IMPORT)).toBeUndefined();
    expect(quotesIn('„Wir bleiben“, sagte Jana Vogt. „Alles andere wäre Verrat“, sagte Tom Berger.')).toEqual([
      { text: 'Wir bleiben', speaker: 'Jana Vogt' },
      { text: 'Alles andere wäre Verrat', speaker: 'Tom Berger' },
    ]);
  });

  it('reads `„…“, sagte Name, Rolle bei Organisation.` with the role as written', () => {
    expect(quotesIn('„Wir planen für drei Sommer“, sagte Jana Vogt, Sprecherin bei der Hilfsorganisation Brot und Wasser.')).toEqual([
      { text: 'Wir planen für drei Sommer', speaker: 'Jana Vogt', role: 'Sprecherin bei der Hilfsorganisation Brot und Wasser' },
    ]);
  });

  it('drops a leading article from a role: `, die Sprecherin des Hilfswerks` → Sprecherin des Hilfswerks', () => {
    expect(roleLabel('die Sprecherin des Hilfswerks', GERMAN_IMPORT)).toBe('Sprecherin des Hilfswerks');
    expect(roleLabel('von der Universität Ostmark', GERMAN_IMPORT)).toBe('Universität Ostmark');
  });

  it('reads `so Name` and words such as `am Montag` or `hinzu` after the name', () => {
    expect(quotesIn('„Das reicht nicht“, so Tom Berger.')).toEqual([{ text: 'Das reicht nicht', speaker: 'Tom Berger' }]);
    expect(quotesIn('„Das reicht nicht“, sagte Tom Berger am Montag in Linz.')).toEqual([{ text: 'Das reicht nicht', speaker: 'Tom Berger' }]);
    expect(quotesIn('„Und zwar sofort“, fügte Tom Berger hinzu.')).toEqual([{ text: 'Und zwar sofort', speaker: 'Tom Berger' }]);
  });

  it('reads `Name, Rolle, erklärte: „…“` and `Name sagte:` before the next paragraph', () => {
    expect(quotesIn('Hanne Sorvik, Professorin an der Universität Ostmark, erklärte: „Ein Rahmen ist noch kein Vertrag.“')).toEqual([
      { text: 'Ein Rahmen ist noch kein Vertrag.', speaker: 'Hanne Sorvik', role: 'Professorin an der Universität Ostmark' },
    ]);
    expect(quotesIn('Gewerkschaftschef Tom Berger sagte:', '„Die Bauern tragen die Last.“')).toEqual([
      { text: 'Die Bauern tragen die Last.', speaker: 'Tom Berger', role: 'Gewerkschaftschef' },
    ]);
  });

  it('reads the verb before the name (`Am Montag erklärte Name:`), German word order', () => {
    expect(quotesIn('Am Donnerstag erklärte Außenministerin Selin Arvas vor Reportern: „Wir sichern das Wasser.“')).toEqual([
      { text: 'Wir sichern das Wasser.', speaker: 'Selin Arvas', role: 'Außenministerin' },
    ]);
    expect(quotesIn('Danach betonte Lea Brandt, Sprecherin des Amtes: „Es gibt keinen Plan B.“')).toEqual([
      { text: 'Es gibt keinen Plan B.', speaker: 'Lea Brandt', role: 'Sprecherin des Amtes' },
    ]);
  });

  it('reads the name as an appositive: `Die Sprecherin des Amtes, Lea Brandt, sagte:`', () => {
    expect(quotesIn('Die Sprecherin des Agrarministeriums, Lea Brandt, sagte: „Wir planen für drei trockene Sommer.“')).toEqual([
      { text: 'Wir planen für drei trockene Sommer.', speaker: 'Lea Brandt', role: 'Sprecherin des Agrarministeriums' },
    ]);
  });

  it('reads a dash-signed quotation, with or without quotation marks', () => {
    expect(quotesIn('»Der Fluss liest keine Landkarten.«', '— Aurel Benedek, Chefhydrologe der Beckenbehörde')).toEqual([
      { text: 'Der Fluss liest keine Landkarten.', speaker: 'Aurel Benedek', role: 'Chefhydrologe der Beckenbehörde' },
    ]);
    expect(quotesIn('Wir werden jeden Tag nutzen.\n— Omar Haddad, Unterhändler')).toEqual([{ text: 'Wir werden jeden Tag nutzen.', speaker: 'Omar Haddad', role: 'Unterhändler' }]);
    // A German reference is Scripture, not a speaker.
    expect(attributionLine('— Jer 6,14', GERMAN_IMPORT)).toBeUndefined();
  });

  it('keeps `von der` inside a name, but reads `von der <Organisation>` after a name as where the speaker is from', () => {
    expect(quotesIn('„Wir bleiben skeptisch“, so Jana Vogt von der Umweltorganisation Blauer Fluss.')).toEqual([
      { text: 'Wir bleiben skeptisch', speaker: 'Jana Vogt', role: 'Umweltorganisation Blauer Fluss' },
    ]);
    expect(quotesIn('„Europa muss handeln“, sagte Ursel von der Linden.')).toEqual([{ text: 'Europa muss handeln', speaker: 'Ursel von der Linden' }]);
  });

  it('never invents a speaker: pronouns, unnamed officials, a surname alone, nouns after the name', () => {
    expect(quotesIn('„Das reicht bei weitem nicht aus“, sagte die Ministerin.')).toEqual([]);
    expect(quotesIn('„Wir warten seit Wochen auf Regen“, so Kern.')).toEqual([]);
    expect(quotesIn('„Niemand hat uns gefragt“, sagte Kern Reportern.')).toEqual([]);
    expect(quotesIn('„Wir warten“, sagte das Bundesministerium.')).toEqual([]);
    const result = de('Titel\n\nDer Präsident sagte:\n\n„Wir werden die Reserve freigeben, wenn es nötig ist.“\n\nKommentar\n\nText.');
    expect(result.frontmatter.quotes).toBeUndefined();
    expect(result.todo).toContain('quotes: “Der Präsident sagte:” introduces a quotation but names no one for certain; add it to quotes with its speaker by hand if it matters');
  });
});

describe('German dates at the end of the excerpt', () => {
  it.each([
    ['…, meldete der Nordbote, 14. September 2023.', '2023-09-14', '14. September 2023'],
    ['…, meldete der Nordbote, 3. Okt. 2024.', '2024-10-03', '3. Okt. 2024'],
    ['… teilte das Land mit, 03.10.2024.', '2024-10-03', '03.10.2024'],
    ['… unterzeichnet, Montag, 12. März 2025.', '2025-03-12', 'Montag, 12. März 2025'],
    ['… (Sonntag, den 1. Juni 2025)', '2025-06-01', 'Sonntag, den 1. Juni 2025'],
    ['… in Wien – 5. Jänner 2026', '2026-01-05', '5. Jänner 2026'],
  ])('%s → %s', (paragraph, date, text) => {
    expect(dateAtEnd(paragraph, GERMAN_IMPORT)).toEqual({ ok: true, found: { date, text } });
  });

  it('reports an impossible day instead of correcting it', () => {
    expect(dateAtEnd('…, meldete die Zeitung, 31. September 2023.', GERMAN_IMPORT)).toMatchObject({ ok: false, text: '31. September 2023' });
    expect(dateAtEnd('…, meldete die Zeitung, 12.13.2023.', GERMAN_IMPORT)).toMatchObject({ ok: false, text: '12.13.2023' });
  });

  it('does not take a date inside a sentence for the publication date', () => {
    expect(dateAtEnd('Der Vertrag wurde am 3. März 2021 unterzeichnet.', GERMAN_IMPORT)).toBeUndefined();
    expect(dateAtEnd('Die Frist endet am 3. März 2026.', GERMAN_IMPORT)).toBeUndefined();
  });

  it('English dates are not read in German, nor German ones in English', () => {
    expect(dateAtEnd('…, the paper reported, 14 September 2023.', GERMAN_IMPORT)).toBeUndefined();
    expect(dateAtEnd('…, meldete der Nordbote, 14. September 2023.')).toBeUndefined();
  });
});

describe('German header, commentary and closing lines', () => {
  it('reads the kicker in title case, the title, the `Von` line and makes a German file id', () => {
    const result = de('NAHER OSTEN – Gespräche über Wasser\nVon Miriam Hale\n\nText.\n\nKommentar\n\nMehr.');
    expect(result.frontmatter).toMatchObject({ kicker: 'Naher Osten', title: 'Gespräche über Wasser', author: 'miriam-hale', lang: 'de' });
    expect(result.id).toBe('gespraeche-ueber-wasser');
    expect(titleCase('EU UND NATO', GERMAN_IMPORT)).toBe('EU und NATO');
    expect(titleCase('ÖSTERREICH', GERMAN_IMPORT)).toBe('Österreich');
  });

  it.each([
    ['Kommentar', undefined],
    ['Kommentar:', undefined],
    ['Kommentar von Miriam Hale', 'miriam-hale'],
    ['Miriam Hale’s Kommentar', 'miriam-hale'],
    ['Miriam Hales Kommentar', 'miriam-hale'],
  ])('`%s` is the commentary line (author %s)', (line, author) => {
    const result = de(`Titel\n\nAuszug.\n\n${line}\n\nMeine Sicht.`);
    expect(result.body).toContain(`## ${line}`);
    expect(result.frontmatter.author).toBe(author);
  });

  it('does not guess which `s` a genitive is when no known author has the name', () => {
    const result = de('Titel\n\nAuszug.\n\nJonas Weiss Kommentar\n\nMeine Sicht.');
    expect(result.body).toContain('## Jonas Weiss Kommentar');
    expect(result.frontmatter.author).toBeUndefined();
    expect(result.newAuthor).toBeUndefined();
  });

  it.each(['Weiterlesen: Dürre im Marchfeld', 'Mehr lesen: Dürre im Marchfeld', 'Lesen Sie auch: Dürre im Marchfeld'])('keeps the closing line `%s` last, after the bio is taken off', (closing) => {
    const result = de(`Titel\nVon Miriam Hale\n\nAuszug, 3. Mai 2024.\n\nKommentar\n\nMeine Sicht.\n\nMiriam Hale ist Redakteurin.\n\n${closing}`);
    expect(result.body.trimEnd().endsWith(closing)).toBe(true);
    expect(result.body).not.toContain('Miriam Hale ist Redakteurin.');
    expect(result.frontmatter.date).toBe('2024-05-03');
  });

  it('joins `Mehr lesen:` alone with the title paragraph after it', () => {
    const result = de('Titel\n\nAuszug.\n\nKommentar\n\nMeine Sicht.\n\nMehr lesen:\n\nDürre im Marchfeld');
    expect(result.body.trimEnd().endsWith('Mehr lesen:\nDürre im Marchfeld')).toBe(true);
  });

  it('says which German heading to add when there is no commentary line', () => {
    expect(de('Titel\n\nEin Absatz.\n\nNoch einer.').todo).toContain(
      'commentary: no “Kommentar von <Name>” line, so nothing is marked as the news excerpt; put “> ” before the excerpt\'s lines and a “## Kommentar” heading before your commentary',
    );
  });

  it('writes no lang for the default edition, and English text read as English is unchanged by the German tables', () => {
    const english = 'Talks Resume\n\n“We are ready,” said Jane Roe, of the Example Institute.\n\nCommentary\n\nSee Luke 21:7-8.';
    const plain = importArticle(english, { authors });
    expect(importArticle(english, { authors, lang: 'en' }).markdown).toBe(plain.markdown);
    expect(plain.markdown).not.toContain('lang:');
    expect(importArticle('Titel\n\nText.', { authors, lang: 'de', defaultLang: 'de' }).markdown).not.toContain('lang:');
  });
});

describe('German references', () => {
  it('finds German references and writes them in the German display form', () => {
    expect(displays('Wie Jesus in Mt 24,6-7 sagte und Offb 13 zeigt, siehe auch 1. Thess 5,3 und Hes 38–39.')).toEqual([
      'Matthäus 24,6–7',
      'Offenbarung 13',
      '1. Thessalonicher 5,3',
      'Hesekiel 38–39',
    ]);
  });

  it('lists whole books after `die Prophezeiungen in`, `das Buch`, `die Bücher`', () => {
    expect(displays('Manche denken an die Prophezeiungen in Hesekiel, Daniel und Offenbarung.')).toEqual(['Hesekiel', 'Daniel', 'Offenbarung']);
    expect(displays('Die Bücher Joel und Amos')).toEqual(['Joel', 'Amos']);
  });

  it('does not read first names as books (Markus, Daniel, Johannes, Jakobus)', () => {
    expect(displays('Markus Brenner, Chef des Verbands, schwieg; auch Daniel Krüger und Johannes Wendt äußerten sich nicht. Jakobus mahnt zur Geduld.')).toEqual([]);
  });

  it('writes the references one a line, never as a flow list that would split at the verse comma', () => {
    const result = de('Titel\n\nAuszug.\n\nKommentar\n\nSiehe Mt 24,6 und Dan 9,27.');
    expect(result.frontmatter.scripture).toEqual(['Matthäus 24,6', 'Daniel 9,27']);
    expect(result.markdown).toContain('scripture:\n  - Matthäus 24,6\n  - Daniel 9,27\n');
  });
});
