// Serves a built site on 127.0.0.1 the way a CDN that reads `_headers` would (Cloudflare Pages,
// Netlify): directory index, 404.html with status 404, and the headers of every `_headers` rule
// whose path pattern matches — so the browser enforces the header CSP and the <meta> CSP together.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from './csp.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface CdnServer {
  url: string;
  /** Whether a `_headers` file was found and applied. */
  headersApplied: boolean;
  close(): Promise<void>;
}

export function serveLikeCdn(dir: string): Promise<CdnServer> {
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir) || path.endsWith('/_headers')) {
      response.writeHead(404).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(dir, '404.html');
      if (!existsSync(file)) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
    }
    for (const [name, value] of headersFor(rules, pathname)) {
      const previous = response.getHeader(name);
      // Repeated header names are sent as separate values (a browser enforces every CSP it receives).
      response.setHeader(name, previous === undefined ? value : [...(Array.isArray(previous) ? previous : [String(previous)]), value]);
    }
    response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    response.writeHead(status).end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, headersApplied: rules.length > 0, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
