/**
 * The in-text finder's German tables: the same rules as English (src/lib/scripture/README.md), with
 * Luther names and Loccum abbreviations, the German punctuation (`Mt 24,6-7`, `Joh 3,16.18`, `;`),
 * and German words before and after a name. Person names (Markus, Daniel, Johannes, Jakobus...)
 * need a chapter and are never a book before a capitalised word (`Markus Söder`, rule 5).
 */
import { namesOf, SP, WS, type AloneBefore, type Family, type FinderRules } from './find-in-text-rules.ts';

const one = (id: string): Family['ids'] => ({ 0: id });
const numbered = (...ids: string[]): Family['ids'] => Object.fromEntries(ids.map((id, index) => [index + 1, id]));

// Abbreviations that are everyday German words or too short are never names: `Am`, `Jon`, `Ob`.
const FAMILIES: readonly Family[] = [
  { ids: numbered('Gen', 'Exod', 'Lev', 'Num', 'Deut'), names: ['Mose'], abbreviations: ['Mos', 'Mo'], aloneAfterIn: true },
  { ids: one('Gen'), names: ['Genesis'], strict: ['Gen'], aloneAfterIn: true },
  { ids: one('Exod'), names: ['Exodus'], strict: ['Ex'], aloneAfterIn: true },
  { ids: one('Lev'), names: ['Levitikus'], strict: ['Lev'], aloneAfterIn: true },
  { ids: one('Num'), names: ['Numeri'], strict: ['Num'], aloneAfterIn: true },
  { ids: one('Deut'), names: ['Deuteronomium'], abbreviations: ['Dtn'], aloneAfterIn: true },
  { ids: one('Josh'), names: ['Josua'], strict: ['Jos'] },
  { ids: one('Judg'), names: ['Richter'], strict: ['Ri'], wordName: true },
  { ids: one('Ruth'), names: ['Rut', 'Ruth'] },
  { ids: numbered('1Sam', '2Sam'), names: ['Samuel'], abbreviations: ['Sam'], aloneAfterIn: true },
  { ids: numbered('1Kgs', '2Kgs'), names: ['Könige'], abbreviations: ['Kön', 'Kö'], aloneAfterIn: true },
  { ids: numbered('1Chr', '2Chr'), names: ['Chronik'], abbreviations: ['Chr'], aloneAfterIn: true },
  { ids: one('Ezra'), names: ['Esra'], abbreviations: ['Esr'] },
  { ids: one('Neh'), names: ['Nehemia'], abbreviations: ['Neh'], aloneAfterIn: true },
  { ids: one('Esth'), names: ['Ester', 'Esther'], strict: ['Est'] },
  { ids: one('Job'), names: ['Hiob', 'Ijob'], strict: ['Hi'] },
  { ids: one('Ps'), names: ['Psalmen', 'Psalm'], abbreviations: ['Ps'], aloneAfterIn: true },
  { ids: one('Prov'), names: ['Sprüche'], abbreviations: ['Spr'], commonNoun: true },
  { ids: one('Eccl'), names: ['Prediger', 'Kohelet'], abbreviations: ['Pred', 'Koh'], commonNoun: true },
  { ids: one('Song'), names: ['Hoheslied'], abbreviations: ['Hld'] },
  { ids: one('Isa'), names: ['Jesaja'], abbreviations: ['Jes'], aloneAfterIn: true },
  { ids: one('Jer'), names: ['Jeremia'], abbreviations: ['Jer'], aloneAfterIn: true },
  { ids: one('Lam'), names: ['Klagelieder'], abbreviations: ['Klgl'], commonNoun: true },
  { ids: one('Ezek'), names: ['Hesekiel', 'Ezechiel'], abbreviations: ['Hes'], strict: ['Ez'], aloneAfterIn: true },
  { ids: one('Dan'), names: ['Daniel'], strict: ['Dan'] },
  { ids: one('Hos'), names: ['Hosea'], abbreviations: ['Hos'] },
  { ids: one('Joel'), names: ['Joel'] },
  { ids: one('Amos'), names: ['Amos'] },
  { ids: one('Obad'), names: ['Obadja'], abbreviations: ['Obd'], aloneAfterIn: true },
  { ids: one('Jonah'), names: ['Jona'] },
  { ids: one('Mic'), names: ['Micha'], strict: ['Mi'] },
  { ids: one('Nah'), names: ['Nahum'], strict: ['Nah'] },
  { ids: one('Hab'), names: ['Habakuk'], strict: ['Hab'], aloneAfterIn: true },
  { ids: one('Zeph'), names: ['Zefanja', 'Zephanja'], abbreviations: ['Zef'], aloneAfterIn: true },
  { ids: one('Hag'), names: ['Haggai'], strict: ['Hag'], aloneAfterIn: true },
  { ids: one('Zech'), names: ['Sacharja'], abbreviations: ['Sach'], aloneAfterIn: true },
  { ids: one('Mal'), names: ['Maleachi'], strict: ['Mal'], aloneAfterIn: true },
  { ids: one('Matt'), names: ['Matthäus'], strict: ['Mt'], gospel: true },
  { ids: one('Mark'), names: ['Markus'], abbreviations: ['Mk'], gospel: true },
  { ids: one('Luke'), names: ['Lukas'], abbreviations: ['Lk'], gospel: true },
  { ids: { 0: 'John', 1: '1John', 2: '2John', 3: '3John' }, names: ['Johannes'], abbreviations: ['Joh'], gospel: true },
  { ids: one('Acts'), names: ['Apostelgeschichte'], abbreviations: ['Apg'], aloneAfterIn: true },
  // Römer, Galater, Epheser... are also the peoples: never a book alone after `in`.
  { ids: one('Rom'), names: ['Römer'], abbreviations: ['Röm'] },
  { ids: numbered('1Cor', '2Cor'), names: ['Korinther'], abbreviations: ['Kor'], aloneAfterIn: true },
  { ids: one('Gal'), names: ['Galater'], strict: ['Gal'] },
  { ids: one('Eph'), names: ['Epheser'], abbreviations: ['Eph'] },
  { ids: one('Phil'), names: ['Philipper'], strict: ['Phil'] },
  { ids: one('Col'), names: ['Kolosser'], abbreviations: ['Kol'] },
  { ids: numbered('1Thess', '2Thess'), names: ['Thessalonicher'], abbreviations: ['Thess'], aloneAfterIn: true },
  { ids: numbered('1Tim', '2Tim'), names: ['Timotheus'], abbreviations: ['Tim'], aloneAfterIn: true },
  { ids: one('Titus'), names: ['Titus'], strict: ['Tit'] },
  { ids: one('Phlm'), names: ['Philemon'], abbreviations: ['Phlm'] },
  { ids: one('Heb'), names: ['Hebräer'], abbreviations: ['Hebr', 'Heb'] },
  { ids: one('Jas'), names: ['Jakobus'], abbreviations: ['Jak'] },
  { ids: numbered('1Pet', '2Pet'), names: ['Petrus'], abbreviations: ['Petr'], aloneAfterIn: true },
  { ids: one('Jude'), names: ['Judas'], strict: ['Jud'] },
  { ids: one('Rev'), names: ['Offenbarung'], abbreviations: ['Offb'], commonNoun: true },
];

/** Words after a bare number that make it a quantity (rule 3). Articles are not among them: `in Daniel 9 der Engel`. */
const STOP_WORDS = new Set(
  `menschen personen leute männer frauen kinder jungen mädchen erwachsene jahre jahren jahr monate monaten
  monat wochen woche tage tagen tag stunden stunde minuten minute sekunden sekunde mal male prozent promille
  million millionen milliarde milliarden billion billionen tausend hundert dutzend punkte punkten tore toren
  stimmen sitze sitzen länder ländern staaten städte städten meilen kilometer km meter metern fuß zoll pfund
  kilo kg tonnen euro dollar cent barrel grad tote toten verletzte verletzten festnahmen geiseln soldaten
  truppen raketen drohnen schiffe panzer flugzeuge weitere weiteren andere anderen mehr weniger neue neuen
  von vom bis uhr stück seiten fälle fällen exemplare einheiten insolvenz`.split(/\s+/),
);

const ALONE: AloneBefore = {
  bookOf: new RegExp(`(?:^|[^\\p{L}])[Bb]uch(?:es)?${WS}+(?:(?:des|der)${WS}+)?$`, 'u'),
  gospelOf: new RegExp(`(?:^|[^\\p{L}])[Ee]vangelium${WS}+(?:nach|des)${WS}+$`, 'u'),
  in: new RegExp(`(?:^|[^\\p{L}])(?:[Ii]n|[Bb]ei)${WS}+$`, 'u'),
  inThe: new RegExp(`(?:^|[^\\p{L}])[Ii]n${WS}+den${WS}+$`, 'u'),
  inTheName: 'Psalmen',
};

// `Kapitel` is a noun, capitalised everywhere; only a rule's or a law's chapter follows `nach`/`gemäß`.
const NOT_A_CHAPTER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:nach|gemäß)${WS}+$`, 'iu');

export const GERMAN_FINDER: FinderRules = {
  names: namesOf(FAMILIES),
  // `1. Mose`, `1.Mose`, `1 Mose`, `1Mo`; no word prefixes (group 2 never matches).
  prefix: `(?:([1-5])\\.?${SP}?|((?!))${SP})`,
  prefixNumber: { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5 },
  keywords: '(?:Versen|Verse|Vers|Kapiteln|Kapitel)(?![\\p{L}\\p{N}])|VV\\.|vv\\.|V\\.|v\\.|Kap\\.',
  stopWords: STOP_WORDS,
  chapterWord: `(?:Kapitel|Kap\\.)${WS}*`,
  verseTail: `(?:,?${WS}+|,)(?:Versen|Verse|Vers|VV\\.|vv\\.|V\\.|v\\.)${WS}*`,
  timeAfter: `${SP}?(?:Uhr|h(?![\\p{L}])|MEZ|MESZ|UTC|GMT)`,
  possessiveAfter: /['’](?![\p{L}])/uy,
  chapterVerse: ',',
  // `.` between verses of a chapter only right before a digit (`Joh 3,16.18`), never a sentence's end.
  separator: `(?:${WS}*(;)${WS}*|(\\.)(?=\\d))`,
  separatorMeaning: { '.': ',', ';': ';' },
  certainMarks: new Set(['.']),
  listSeparator: `${WS}*,${WS}*|\\.(?=\\d)|${WS}+und${WS}+`,
  // A decimal `3,5`, a time `10:30`, a date `3/4`; thousands `5.000` only after a bare number (`Ps 119,105.106`).
  numberGoesOn: /^[,:/]\d/,
  bareNumberGoesOn: /^\.\d{3}(?!\d)/,
  alone: ALONE,
  chapterKeywordAllowed: (before) => !NOT_A_CHAPTER_BEFORE.test(before),
};
