/**
 * German book names, as the Luther Bible and the Loccum guidelines (Ökumenisches Verzeichnis der
 * biblischen Eigennamen) write them, by OSIS id; and their index slugs, transliterated the German
 * way (`Matthäus` → `matthaeus`, `1. Könige` → `1-koenige`).
 */
import { slugify } from '../../text/slug.ts';
import type { Book } from '../types.ts';

export const GERMAN_BOOK_NAMES: Readonly<Record<string, string>> = {
  Gen: '1. Mose', Exod: '2. Mose', Lev: '3. Mose', Num: '4. Mose', Deut: '5. Mose',
  Josh: 'Josua', Judg: 'Richter', Ruth: 'Rut', '1Sam': '1. Samuel', '2Sam': '2. Samuel',
  '1Kgs': '1. Könige', '2Kgs': '2. Könige', '1Chr': '1. Chronik', '2Chr': '2. Chronik',
  Ezra: 'Esra', Neh: 'Nehemia', Esth: 'Ester', Job: 'Hiob', Ps: 'Psalmen', Prov: 'Sprüche',
  Eccl: 'Prediger', Song: 'Hoheslied', Isa: 'Jesaja', Jer: 'Jeremia', Lam: 'Klagelieder',
  Ezek: 'Hesekiel', Dan: 'Daniel', Hos: 'Hosea', Joel: 'Joel', Amos: 'Amos', Obad: 'Obadja',
  Jonah: 'Jona', Mic: 'Micha', Nah: 'Nahum', Hab: 'Habakuk', Zeph: 'Zefanja', Hag: 'Haggai',
  Zech: 'Sacharja', Mal: 'Maleachi',
  Matt: 'Matthäus', Mark: 'Markus', Luke: 'Lukas', John: 'Johannes', Acts: 'Apostelgeschichte',
  Rom: 'Römer', '1Cor': '1. Korinther', '2Cor': '2. Korinther', Gal: 'Galater', Eph: 'Epheser',
  Phil: 'Philipper', Col: 'Kolosser', '1Thess': '1. Thessalonicher', '2Thess': '2. Thessalonicher',
  '1Tim': '1. Timotheus', '2Tim': '2. Timotheus', Titus: 'Titus', Phlm: 'Philemon', Heb: 'Hebräer',
  Jas: 'Jakobus', '1Pet': '1. Petrus', '2Pet': '2. Petrus', '1John': '1. Johannes',
  '2John': '2. Johannes', '3John': '3. Johannes', Jude: 'Judas', Rev: 'Offenbarung',
};

/** The German name of a canon book; throws for a book the table lacks (a test checks all 66). */
export function germanBookName(book: Book): string {
  const name = GERMAN_BOOK_NAMES[book.id];
  if (name === undefined) throw new Error(`no German name for ${book.id}`);
  return name;
}

/** `/bibel/<slug>/`: `1-mose`, `matthaeus`, `hoheslied`, `offenbarung`. */
export function germanBookSlug(book: Book): string {
  return slugify(germanBookName(book), 'de');
}
