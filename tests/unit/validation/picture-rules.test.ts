// The picture rules on their own: which alt texts count as missing (Markdown images, images by reference,
// MDX <Figure>), and how a <Figure> must give its picture. The end-to-end cases are in rules.test.ts.
import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../../src/lib/facts/body-facts.ts';
import { imageAltProblems } from '../../../src/lib/validation/rules/image-alt.ts';
import { figureSrcProblems } from '../../../src/lib/validation/rules/figure-src.ts';
import { validateContent } from '../../../src/lib/validation/run.ts';

const altLines = (body: string, mdx = false) => imageAltProblems(bodyFacts(body, { mdx }), 1).map((p) => p.line);

describe('image-alt', () => {
  it('reports Markdown pictures whose alt is empty or blank, on their own line', () => {
    expect(altLines('![Gates](./a.jpg)\n\n![](./b.jpg "caption only")\n\nText ![ ](./c.jpg) inline.\n')).toEqual([3, 5]);
  });

  it('reports a picture written by reference without alt', () => {
    expect(altLines('![][gates]\n\n[gates]: ./gates.jpg\n')).toEqual([1]);
    expect(altLines('![Gates][gates]\n\n[gates]: ./gates.jpg\n')).toEqual([]);
  });

  it('reports a <Figure> with no alt, an empty one, or a bare attribute, but not alt given as code', () => {
    const body = [
      "import g from './g.jpg';",
      '',
      '<Figure src={g} />',
      '',
      '<Figure src={g} alt="" />',
      '',
      '<Figure src={g} alt />',
      '',
      '<Figure src={g} alt={describe(g)} />',
      '',
      '<Figure src={g} alt="Flood gates" />',
      '',
    ].join('\n');
    expect(altLines(body, true)).toEqual([3, 5, 7]);
  });

  it('names the fix that fits the kind of picture', () => {
    const [image] = imageAltProblems(bodyFacts('![](./a.jpg)\n'), 10);
    expect(image).toMatchObject({ line: 10, field: '(body)', value: '![]' });
    expect(image!.fix).toContain('![Flood barrier gates at low tide](./gates.jpg');
    const [figure] = imageAltProblems(bodyFacts('<Figure src={g} alt="  " />\n', { mdx: true }), 10);
    expect(figure!.fix).toContain('alt="…"');
  });

  it('checks the pictures of a biography too', () => {
    const result = validateContent({
      articles: [],
      authors: [{ path: 'content/authors/ada-author.md', text: '---\nname: Ada Author\n---\nAda writes.\n\n![](./ada.jpg)\n' }],
    });
    expect(result.problems.filter((p) => p.rule === 'image-alt').map((p) => [p.file, p.line])).toEqual([['content/authors/ada-author.md', 6]]);
  });
});

describe('figure-src', () => {
  const problems = (body: string) => figureSrcProblems(bodyFacts(body, { mdx: true }), 1).map((p) => [p.line, p.message]);

  it('accepts an imported picture, and props spread from code', () => {
    expect(problems("import g from './g.jpg';\n\n<Figure src={g} alt=\"G\" />\n\n<Figure {...props} />\n")).toEqual([]);
  });

  it('reports a path written as text and a missing src', () => {
    expect(problems('<Figure src="./g.jpg" alt="G" />\n\n<Figure alt="G" />\n')).toEqual([
      [1, '<Figure> src is a path written as text, not an imported picture'],
      [3, '<Figure> has no src: it needs the picture to show'],
    ]);
  });

  it('leaves other components alone', () => {
    expect(problems('<Callout title="Note">Text</Callout>\n')).toEqual([]);
  });
});
