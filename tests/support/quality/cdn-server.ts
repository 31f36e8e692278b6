// Serves a built site the way a CDN that reads `_headers` would (Cloudflare Pages, Netlify): the
// static server plus the headers of every `_headers` rule whose path pattern matches, so the browser
// enforces the header CSP and the <meta> CSP together.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic, type ServeOptions, type StaticServer } from '../static-server.ts';
import { headersFor, parseHeadersFile } from './csp.ts';

export interface CdnServer extends StaticServer {
  /** Whether a `_headers` file was found and applied. */
  headersApplied: boolean;
}

/** `transfer`: also compress and revalidate as a CDN does (the bench's byte counts), not only its headers. */
export async function serveLikeCdn(dir: string, transfer: Pick<ServeOptions, 'compress' | 'revalidate'> = {}): Promise<CdnServer> {
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = await serveStatic(dir, {
    ...transfer,
    setHeaders: (pathname, response) => {
      for (const [name, value] of headersFor(rules, pathname)) {
        const previous = response.getHeader(name);
        // Repeated header names are sent as separate values (a browser enforces every CSP it receives).
        response.setHeader(name, previous === undefined ? value : [...(Array.isArray(previous) ? previous : [String(previous)]), value]);
      }
    },
  });
  return { ...server, headersApplied: rules.length > 0 };
}
