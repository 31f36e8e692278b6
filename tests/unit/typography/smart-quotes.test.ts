import { describe, expect, it } from 'vitest';
import { typographicQuotes } from '../../../src/lib/typography/smart-quotes.ts';
import { typesetArticleFields } from '../../../src/lib/typography/article-fields.ts';

describe('typographicQuotes', () => {
  it('sets English apostrophes and double quotes', () => {
    expect(typographicQuotes("It's \"new\"")).toBe('It’s “new”');
    expect(typographicQuotes('"This agreement changes everything," he said.')).toBe('“This agreement changes everything,” he said.');
    expect(typographicQuotes("the '90s and rock'n'roll")).toBe('the ’90s and rock’n’roll');
    expect(typographicQuotes("Jesus' words")).toBe('Jesus’ words');
  });

  it('sets single quotations inside double ones', () => {
    expect(typographicQuotes(`"He called it 'a new order'," she said`)).toBe('“He called it ‘a new order’,” she said');
    expect(typographicQuotes(`("quoted")`)).toBe('(“quoted”)');
  });

  it('sets German quotes „…“ and ‚…‘ with the ’ apostrophe', () => {
    expect(typographicQuotes('Er sagte: "Das ändert alles."', 'de')).toBe('Er sagte: „Das ändert alles.“');
    expect(typographicQuotes("Geht's um 'Frieden'?", 'de')).toBe('Geht’s um ‚Frieden‘?');
  });

  it('leaves code spans and web addresses as written', () => {
    expect(typographicQuotes('Run `echo "hi"` or see https://example.org/it\'s-here now, "ok"')).toBe('Run `echo "hi"` or see https://example.org/it\'s-here now, “ok”');
    expect(typographicQuotes("www.example.org/it's")).toBe("www.example.org/it's");
  });

  it('returns text without straight quotes unchanged, curly ones included', () => {
    for (const text of ['No quotes here.', '„Schon gesetzt“', '“Already set”, it’s done']) expect(typographicQuotes(text)).toBe(text);
  });
});

describe('typesetArticleFields', () => {
  it('sets title, summary and quote texts in the article’s language and keeps every other field', () => {
    const data = { title: "It's \"final\"", summary: "The 'deal'", quotes: [{ text: 'We said "no"', speaker: 'A. Minister' }], topics: ["Don't touch"] };
    expect(typesetArticleFields(data, 'en')).toEqual({ title: 'It’s “final”', summary: 'The ‘deal’', quotes: [{ text: 'We said “no”', speaker: 'A. Minister' }], topics: ["Don't touch"] });
    expect(typesetArticleFields(data, 'de').title).toBe('It’s „final“');
  });

  it('returns the same object when nothing is straight', () => {
    const data = { title: 'Plain', quotes: [{ text: '“Set”' }] };
    expect(typesetArticleFields(data, 'en')).toBe(data);
  });
});
