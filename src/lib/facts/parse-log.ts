/**
 * A witness for "every body is parsed once per build": when the environment variable
 * WATCHMAN_PARSE_LOG names a file, each body parse (body facts, MDX compile check) in any process of
 * a build appends one line to it, the kind and a hash of the body. The build test reads it across the
 * validate process and Astro's. Unset (always, outside that test), it does nothing.
 */
import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';

export type ParseKind = 'facts' | 'mdx-compile';

/**
 * A body's key whether validation or Astro cut it from its file: Astro drops the blank lines after
 * the frontmatter and may keep CRLF line endings.
 */
export function bodyKey(body: string): string {
  const normal = body.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+/, '').trimEnd();
  return createHash('sha256').update(normal).digest('base64url').slice(0, 16);
}

/** Notes one parse of `body` when a parse log is asked for. */
export function logParse(kind: ParseKind, body: string): void {
  const file = process.env['WATCHMAN_PARSE_LOG'];
  if (file) appendFileSync(file, `${kind}\t${bodyKey(body)}\t${process.pid}\n`);
}
