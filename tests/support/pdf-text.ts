// The text of a PDF, page by page, as pdf.js reads it (pdfjs-dist: a PDF reader in plain JavaScript,
// since this machine has no pdftotext): for checking what Chromium's print output contains.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page's text, lines joined by "\n" (pdf.js marks line ends). */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const loading = getDocument({ data: pdf, useSystemFonts: false });
  try {
    const document = await loading.promise;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return pages;
  } finally {
    await loading.destroy();
  }
}
