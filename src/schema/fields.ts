/** Field schemas shared by articles and authors. Pure zod (astro/zod): no Astro runtime needed. */
import { z } from 'astro/zod';
import { checkCalendarDate } from '../lib/dates.ts';

/** Adds an issue whose `params.fix` the problem formatter shows as the fix. */
export function customIssue(ctx: z.RefinementCtx, message: string, fix: string, path?: PropertyKey[]): void {
  ctx.addIssue({ code: 'custom', message, params: { fix }, ...(path ? { path } : {}) });
}

/** A `YYYY-MM-DD` calendar day; YAML dates and quoted strings both accepted; output is the day as a string. */
export const calendarDay = z.unknown().transform((value, ctx) => {
  if (value === undefined || value === null) {
    customIssue(ctx, 'is required but missing', 'expected YYYY-MM-DD, e.g. date: 2026-03-02');
    return z.NEVER;
  }
  const long = typeof value === 'string' ? /^\s*(\d{5,})-\d{2}-\d{2}\s*$/.exec(value) : null;
  if (long) {
    customIssue(ctx, `year ${long[1]} is out of range`, 'use a four-digit year from 1000 to 9999');
    return z.NEVER;
  }
  const check = checkCalendarDate(value);
  if (!check.ok) {
    customIssue(ctx, check.message, check.fix);
    return z.NEVER;
  }
  return check.date;
});

/** Returns true for absolute http: or https: URLs with a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** An absolute http(s) URL. */
export const httpUrl = z.string().trim().superRefine((value, ctx) => {
  if (!isHttpUrl(value)) customIssue(ctx, 'not an http(s) URL', 'use a full address starting with https:// (or http://)');
});

// C0 and C1 control characters other than tab and line breaks, and UTF-16 halves with no partner
// (YAML's "\uD800" escape makes one): invisible or unencodable in a page, and never meant.
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text with no control characters or unpaired surrogates. */
export function printable(schema: z.ZodString) {
  return schema.superRefine((value, ctx) => {
    const match = UNPRINTABLE.exec(value);
    if (!match) return;
    const unit = match[0].charCodeAt(0);
    const code = `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
    const what = unit >= 0xd800 ? `half of a character (${code}, a surrogate with no partner)` : `an invisible control character (${code})`;
    customIssue(ctx, `contains ${what} at character ${match.index + 1}`, 'delete it (retype the text around it if you cannot see it)');
  });
}

/** Non-empty trimmed text with a length limit and no control characters. */
export function text(max: number) {
  return printable(z.string().trim().min(1).max(max));
}
