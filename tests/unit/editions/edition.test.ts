import { expect, it } from 'vitest';
import { SITE_EDITIONS } from '../../../src/lib/editions/config.ts';
import { editionContext } from '../../../src/lib/editions/edition.ts';
import { formatPassageIn, passageRoute } from '../../../src/lib/scripture/format.ts';
import { parseReferenceIn } from '../../../src/lib/scripture/parse.ts';

it('gives the English edition its strings, the KJV and en_GB, as the site has today', () => {
  const en = editionContext(SITE_EDITIONS, 'en');
  expect(en.messages['article.related']).toBe('Related articles');
  expect(en.verses.kind).toBe('text');
  expect(en.verses.translation.abbreviation).toBe('KJV');
  expect(en.ogLocale).toBe('en_GB');
});

it('gives the German edition German strings, German references and no verse text, never the English one', () => {
  const de = editionContext(SITE_EDITIONS, 'de');
  expect(de.messages['article.related']).toBe('Weitere Artikel');
  expect(de.ogLocale).toBe('de_DE');
  expect(de.verses).toMatchObject({ kind: 'none', translation: { language: 'de' } });
  const parsed = parseReferenceIn(de.scripture, 'Offb 13,16-18');
  if (!parsed.ok) throw new Error(parsed.message);
  expect(formatPassageIn(de.scripture, parsed.passages[0]!)).toBe('Offenbarung 13,16–18');
  expect(passageRoute(de.scripture, parsed.passages[0]!)).toBe('/bibel/offenbarung/13/');
});
