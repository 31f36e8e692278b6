// The task-list-labels plugin inside the site's real Markdown pipeline (the processor from astro.config.mjs).
import { satteri } from '@astrojs/markdown-satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import taskListLabels from '../../src/plugins/task-list-labels.ts';
import { markdownLabels, type MarkdownLabels } from '../../src/lib/i18n/markdown-labels.ts';
import { de } from '../../src/lib/i18n/de.ts';
import { en } from '../../src/lib/i18n/en.ts';

type Renderer = { render(content: string, options?: object): Promise<{ code: string }> };
type Processor = { createRenderer(shared: object): Promise<Renderer> };
const { processor, ...shared } = config.markdown as unknown as { processor: Processor } & Record<string, unknown>;
let md: Renderer;

beforeAll(async () => {
  md = await processor.createRenderer(shared);
});

it('names each task-list checkbox by its state', async () => {
  const out = (await md.render('- [x] sent the letter\n- [ ] heard back\n', { frontmatter: {} })).code;
  const inputs = [...out.matchAll(/<input[^>]*>/g)].map((m) => m[0]);
  expect(inputs).toEqual(['<input type="checkbox" checked disabled aria-label="Done">', '<input type="checkbox" disabled aria-label="Not done">']);
});

it('leaves other inputs and ordinary lists alone', async () => {
  const out = (await md.render('- an item\n- another\n', { frontmatter: {} })).code;
  expect(out).not.toContain('aria-label');
});

describe('in an edition’s language (markdownLabels, set per build in astro.config.mjs)', () => {
  const render = async (labels: MarkdownLabels | undefined, markdown: string): Promise<string> => {
    const options = labels ? { features: { gfm: { footnotes: labels.footnotes } }, hastPlugins: [taskListLabels(labels.taskList)] } : { hastPlugins: [taskListLabels()] };
    const { processor: made, ...rest } = { ...shared, processor: satteri(options) } as unknown as { processor: Processor } & Record<string, unknown>;
    return (await (await made.createRenderer(rest)).render(markdown, { frontmatter: {} })).code;
  };
  const sample = 'A claim.[^1]\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] sent\n- [ ] heard back\n\n[^1]: The note.\n';

  it('writes the English labels exactly as the renderer’s defaults (tables and the rest of GFM still on)', async () => {
    const english = await render(markdownLabels(en), sample);
    expect(english).toBe(await render(undefined, sample));
    expect(english).toContain('<table>');
    expect(english).toContain('Back to reference 1');
  });

  it('writes the German labels: footnote heading, back link and checkbox names', async () => {
    const german = await render(markdownLabels(de), sample);
    expect(german).toContain('>Fußnoten</h2>');
    expect(german).toContain('aria-label="Zurück zur Fußnotenmarke 1"');
    expect(german).toContain('aria-label="Erledigt"');
    expect(german).toContain('aria-label="Offen"');
    expect(german).not.toMatch(/Footnotes|Back to reference|"Done"|Not done/);
  });
});
