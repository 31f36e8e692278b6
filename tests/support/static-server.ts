// A minimal static file server for the built site on 127.0.0.1, as a CDN serves it: directory index,
// 404.html with status 404, `_headers` itself never served, and optional extra headers per path.
import { createServer, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

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

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on a free loopback port; `setHeaders` may add headers for each request path. */
export function serveStatic(dir: string, setHeaders?: (pathname: string, response: ServerResponse) => void): Promise<StaticServer> {
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
    setHeaders?.(pathname, response);
    response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    response.writeHead(status).end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
