// The bench's CDN-like server: what it sends is what the search page's byte counts rest on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { serveLikeCdn } from '../../support/quality/cdn-server.ts';
import { serveStatic } from '../../support/static-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const html = `<!doctype html><title>t</title>${'<p>The same words again and again.</p>'.repeat(200)}`;
mkdirSync(join(dir, 'pagefind/index'), { recursive: true });
writeFileSync(join(dir, 'index.html'), html);
writeFileSync(join(dir, 'pagefind/index/en_1.pf_index'), Buffer.from([31, 139, 8, 0, 1, 2, 3]));
writeFileSync(join(dir, '_headers'), '/pagefind/index/*\n  Cache-Control: public, max-age=31536000, immutable\n');

describe('static server as a CDN sends', () => {
  it('gzips text for a client that accepts it and counts the bytes sent', async () => {
    const server = await serveStatic(dir, { compress: true });
    try {
      const response = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(await response.text()).toBe(html);
      expect(server.served).toHaveLength(1);
      expect(server.served[0]!.bytes).toBeLessThan(html.length / 5);
      expect(server.served[0]!.bytes).toBe(gzipSync(html, { level: 6 }).length);
    } finally {
      await server.close();
    }
  });

  it('sends compressed files as they are, with the headers of `_headers`', async () => {
    const server = await serveLikeCdn(dir, { compress: true });
    try {
      const response = await fetch(`${server.url}/pagefind/index/en_1.pf_index`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect(server.served[0]!.bytes).toBe(7);
    } finally {
      await server.close();
    }
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const server = await serveStatic(dir, { revalidate: true });
    try {
      const first = await fetch(`${server.url}/`);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^".+"$/);
      const again = await fetch(`${server.url}/`, { headers: { 'if-none-match': etag! } });
      expect(again.status).toBe(304);
      const other = await fetch(`${server.url}/`, { headers: { 'if-none-match': '"something else"' } });
      expect(other.status).toBe(200);
      expect(server.served.map((response) => [response.status, response.bytes > 0])).toEqual([[200, true], [304, false], [200, true]]);
    } finally {
      await server.close();
    }
  });

  it('sends text as it is without the options (the figures the goals were judged on)', async () => {
    const server = await serveStatic(dir);
    try {
      const response = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(response.headers.get('etag')).toBeNull();
      expect(server.served[0]!.bytes).toBe(Buffer.byteLength(html));
    } finally {
      await server.close();
    }
  });
});
