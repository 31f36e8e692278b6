/**
 * The text fields of an article as its pages print them: title, summary and the quotes' words with
 * straight quotes and apostrophes set in the house style of the article's language. Applied once where
 * the page model reads articles (src/data/query.ts), so cards, pages, feeds and JSON-LD agree.
 */
import { typographicQuotes } from './smart-quotes.ts';

interface TypesetFields {
  title: string;
  summary?: string | undefined;
  /** Absent in data made by hand (tests, plans): left absent. */
  quotes?: readonly { text: string }[] | undefined;
}

/** `data` with its title, summary and quote texts typeset for `lang`; the same object when nothing changes. */
export function typesetArticleFields<T extends TypesetFields>(data: T, lang: string): T {
  const title = typographicQuotes(data.title, lang);
  const summary = data.summary === undefined ? undefined : typographicQuotes(data.summary, lang);
  const quotes = data.quotes?.map((quote) => {
    const text = typographicQuotes(quote.text, lang);
    return text === quote.text ? quote : { ...quote, text };
  });
  if (title === data.title && summary === data.summary && (quotes ?? []).every((quote, index) => quote === data.quotes![index])) return data;
  return { ...data, title, ...(summary === undefined ? {} : { summary }), ...(quotes ? { quotes } : {}) };
}
