// Snapshots of what the site's Markdown pipeline (Sätteri with the project's hast plugins, exactly as
// astro.config.mjs sets it up) makes of representative documents. A change to any plugin shows up as
// a reviewable diff in tests/plugins/__snapshots__/ (`npx vitest run tests/plugins -u` to accept it).
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

type Renderer = { render(content: string, options?: object): Promise<{ code: string }> };
type Processor = { createRenderer(shared: object): Promise<Renderer> };
const { processor, ...shared } = config.markdown as unknown as { processor: Processor } & Record<string, unknown>;
const samples = new URL('./samples/', import.meta.url);
let md: Renderer;

beforeAll(async () => {
  md = await processor.createRenderer(shared);
});

describe('rendered plugin output', () => {
  const names = readdirSync(samples).filter((name) => name.endsWith('.md')).sort();

  it('has samples to render', () => {
    expect(names.length).toBeGreaterThanOrEqual(2);
  });

  it.each(names)('%s', async (name) => {
    const source = readFileSync(new URL(name, samples), 'utf8');
    const html = (await md.render(source, { frontmatter: {} })).code;
    // One element per line keeps the snapshot diff readable.
    await expect(html.replace(/></g, '>\n<')).toMatchFileSnapshot(`./__snapshots__/${name.replace(/\.md$/, '.html')}`);
  });
});
