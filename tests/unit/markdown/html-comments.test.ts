import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOnlyComments, readRawHtml } from '../../../src/lib/markdown/html-comments.ts';

describe('readRawHtml: comments as the HTML standard tokenizes them', () => {
  it.each([
    ['<!-- a comment -->'],
    ['<!---->'],
    ['<!-- a -- b -->'],
    ['<!-- <b>tags inside</b> stay inside -->'],
    ['<!-- one -->\n\n<!-- two -->'],
    ['  <!-- indented -->  \n'],
    ['<!-- nested <!-- opener -->'],
    ['<? processing instruction, a bogus comment ?>'],
    ['<![CDATA[ outside foreign content, a bogus comment ]]>'],
  ])('%j is only comments', (html) => {
    expect(readRawHtml(html)).toEqual({ commentsOnly: true, tags: [] });
  });

  it.each([
    ['the injection from the second hostile round', '<!-- a --><meta http-equiv="refresh" content="0;url=https://evil.example/"><img src=x onerror=alert(1)><!-- b -->', 'element'],
    ['an element after --!>, where browsers end a comment', '<!-- a --!> <img src=x onerror=alert(1)> -->', 'element'],
    ['an element after <!-->, an empty comment to a browser', '<!--> <script>alert(1)</script> -->', 'element'],
    ['an element after <!--->', '<!---> <iframe src=//evil.example></iframe> -->', 'element'],
    ['an end tag', '<!-- x --></div>', 'element'],
    ['a body tag, which a tree builder would merge into the page body', '<!-- x --><body onload=alert(1)>', 'element'],
    ['a doctype', '<!DOCTYPE html>', 'doctype'],
    ['a comment left open, which would hide the rest of the page', '<!-- never closed', 'unclosed-comment'],
    ['text after a comment, published as markup', '<!-- x --> &lt;not text&gt;', 'text'],
  ])('refuses %s', (_name, html, reason) => {
    expect(readRawHtml(html)).toMatchObject({ commentsOnly: false, reason });
  });
});

describe('readRawHtml: the allow-list', () => {
  it('accepts <br> and <wbr> and lists every start tag with its decoded attributes', () => {
    expect(readRawHtml('<br> <wbr/></br>')).toEqual({ commentsOnly: true, tags: [{ name: 'br', attributes: [] }, { name: 'wbr', attributes: [] }] });
    expect(readRawHtml('<br data-pagefind-ignore title="a&#x202E;b">')).toEqual({ commentsOnly: true, tags: [{ name: 'br', attributes: [{ name: 'data-pagefind-ignore', value: '' }, { name: 'title', value: 'a\u202Eb' }] }] });
  });

  it('refuses elements outside it, also written in capitals', () => {
    expect(readRawHtml('<BR><Script>x</Script>')).toMatchObject({ commentsOnly: false, reason: 'element', detail: '<script>' });
    expect(readRawHtml('<sup>1</sup>')).toMatchObject({ commentsOnly: false, detail: '<sup>' });
  });
});

describe('isOnlyComments (property): generated mixtures are accepted only when they hold no element', () => {
  const commentText = fc.stringMatching(/^[a-z <!=/"']{0,12}$/).filter((text) => !text.startsWith('>') && !text.startsWith('->') && !text.endsWith('-') && !text.includes('<!-'));
  const comment = fc.tuple(commentText, fc.constantFrom('-->', '--!>')).map(([text, close]) => ({ html: `<!--${text}${close}`, element: false }));
  const whitespace = fc.constantFrom(' ', '\n', '\t', '').map((html) => ({ html, element: false }));
  const element = fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<a href="javascript:x">', '</p>', '<svg onload=alert(1)>', '<meta http-equiv=refresh content=0>').map((html) => ({ html, element: true }));
  const segments = fc.array(fc.oneof({ arbitrary: comment, weight: 4 }, { arbitrary: whitespace, weight: 2 }, { arbitrary: element, weight: 1 }), { minLength: 1, maxLength: 8 });

  it('matches the generator\'s truth', () => {
    fc.assert(
      fc.property(segments, (parts) => {
        const html = parts.map((part) => part.html).join('');
        expect(isOnlyComments(html)).toBe(!parts.some((part) => part.element));
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (html) => typeof isOnlyComments(html) === 'boolean'), { numRuns: 2_000 });
  });
});
