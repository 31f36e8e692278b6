// A minimal static file server for the built site on 127.0.0.1, as a CDN serves it: directory index,
// 404.html with status 404, `_headers` itself never served, and optional extra headers per path; on
// request, also as a CDN sends it: text compressed, and files revalidated by ETag.
import { createHash } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

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

// Text a CDN compresses. Fonts (woff2) and Pagefind's files (gzip inside) are compressed already.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.wasm']);

export interface ServeOptions {
  /** Adds headers for each request path. */
  setHeaders?: (pathname: string, response: ServerResponse) => void;
  /** gzip (level 6) the text types for a client that accepts it, as CDNs do. */
  compress?: boolean;
  /** Sends an ETag (a hash of the file) and answers a matching If-None-Match with 304 and no body. */
  revalidate?: boolean;
}

/** One response as sent: its path, status and the bytes of its body on the wire. */
export interface ServedResponse {
  path: string;
  status: number;
  bytes: number;
}

export interface StaticServer {
  url: string;
  /** Every response sent so far, in order (a caller may empty it between measurements). */
  served: ServedResponse[];
  close(): Promise<void>;
}

/** Serves `dir` on a free loopback port; `setHeaders` (or `options.setHeaders`) may add headers for each request path. */
export function serveStatic(dir: string, setHeadersOrOptions?: ServeOptions['setHeaders'] | ServeOptions): Promise<StaticServer> {
  const options: ServeOptions = typeof setHeadersOrOptions === 'function' ? { setHeaders: setHeadersOrOptions } : (setHeadersOrOptions ?? {});
  const { setHeaders } = options;
  const served: ServedResponse[] = [];
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
    let body = readFileSync(file);
    if (options.revalidate) {
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      response.setHeader('ETag', etag);
      if (status === 200 && request.headers['if-none-match'] === etag) {
        served.push({ path: pathname, status: 304, bytes: 0 });
        response.writeHead(304).end();
        return;
      }
    }
    if (options.compress && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 6 });
      response.setHeader('Content-Encoding', 'gzip');
      response.setHeader('Vary', 'Accept-Encoding');
    }
    served.push({ path: pathname, status, bytes: body.length });
    response.writeHead(status).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, served, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
