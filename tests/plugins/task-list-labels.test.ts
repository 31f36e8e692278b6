// The task-list-labels plugin inside the site's real Markdown pipeline (the processor from astro.config.mjs).
import { beforeAll, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

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
