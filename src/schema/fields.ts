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

/** Non-empty trimmed text with a length limit. */
export function text(max: number) {
  return z.string().trim().min(1).max(max);
}
