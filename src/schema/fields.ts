/** Field schemas shared by articles and authors. Pure zod (astro/zod): no Astro runtime needed. */
import { z } from 'astro/zod';
import { checkCalendarDate } from '../lib/text/dates.ts';

/**
 * Adds an issue whose `params.fix` the problem formatter shows as the fix, and whose `params.rule`
 * names the validation rule it belongs to (src/lib/validation/rules/; frontmatter-schema when absent).
 */
export function customIssue(ctx: z.RefinementCtx, message: string, fix: string, path?: PropertyKey[], rule?: string): void {
  ctx.addIssue({ code: 'custom', message, params: rule ? { fix, rule } : { fix }, ...(path ? { path } : {}) });
}

/** Rule ids of the checks made inside the schema. */
const CALENDAR_DATE = 'calendar-date';
const TEXT_CHARACTERS = 'text-characters';

/** A `YYYY-MM-DD` calendar day; YAML dates and quoted strings both accepted; output is the day as a string. */
export const calendarDay = z.unknown().transform((value, ctx) => {
  if (value === undefined || value === null) {
    customIssue(ctx, 'is required but missing', 'expected YYYY-MM-DD, e.g. date: 2026-03-02');
    return z.NEVER;
  }
  const long = typeof value === 'string' ? /^\s*(\d{5,})-\d{2}-\d{2}\s*$/.exec(value) : null;
  if (long) {
    customIssue(ctx, `year ${long[1]} is out of range`, 'use a four-digit year from 1000 to 9999', undefined, CALENDAR_DATE);
    return z.NEVER;
  }
  const check = checkCalendarDate(value);
  if (!check.ok) {
    customIssue(ctx, check.message, check.fix, undefined, CALENDAR_DATE);
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

const URL_FORMAT = 'url-format';

/**
 * An absolute http(s) URL, as written: browsers (and the URL parser) silently drop line breaks and
 * tabs inside an address, so one with them is not the address the author sees; and a user name or
 * password (https://user:pw@host) would be published to every reader.
 */
export const httpUrl = z.string().trim().superRefine((value, ctx) => {
  const hidden = /[\u0000-\u001F\u007F-\u009F]/.exec(value);
  if (hidden) {
    customIssue(ctx, `contains a line break or control character (${codeOf(hidden[0])}) at character ${hidden.index + 1}, which browsers drop, so the address is not the one written`, 'write the address on one line with no invisible characters', undefined, URL_FORMAT);
    return;
  }
  if (!isHttpUrl(value)) {
    customIssue(ctx, 'not an http(s) URL', 'use a full address starting with https:// (or http://)');
    return;
  }
  const url = new URL(value);
  if (url.username || url.password) {
    customIssue(ctx, 'contains a user name or password (user:password@host), which would be published on the page', `remove the part before @: ${url.protocol}//${url.host}${url.pathname}${url.search}${url.hash}`, undefined, URL_FORMAT);
  }
});

// C0 and C1 control characters other than tab and line breaks, and UTF-16 halves with no partner
// (YAML's "\uD800" escape makes one): invisible or unencodable in a page, and never meant.
export const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Bidirectional controls reorder how the rest of a line is shown (a title can read as something
// else than it says), and are never needed in frontmatter text: the page sets the direction.
export const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

// Invisible characters that make two names look the same while being different text: three
// "Russia" topics with a zero-width space or joiner in one of them would be three pages.
const INVISIBLE = /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200D\u2060-\u2064\u3164\uFEFF\uFFA0]/g;
// Joiners do work between emoji (👨‍👩‍👧) and in scripts that join letters (Arabic, Indic): there they stay.
const JOINER_CONTEXT = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u20E3]|(?![\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])[\p{L}\p{M}]/u;

/** The first invisible character in `value` that changes nothing but the identity of the text, if any. */
export function invisibleIn(value: string): { char: string; index: number } | undefined {
  for (const match of value.matchAll(INVISIBLE)) {
    const char = match[0];
    const index = match.index;
    if (char === '\u200C' || char === '\u200D') {
      const before = String.fromCodePoint(value.codePointAt(index - 1 >= 0 && /[\uDC00-\uDFFF]/.test(value[index - 1]!) ? index - 2 : index - 1) ?? 32);
      const after = String.fromCodePoint(value.codePointAt(index + 1) ?? 32);
      if (JOINER_CONTEXT.test(before) && JOINER_CONTEXT.test(after)) continue;
    }
    return { char, index };
  }
  return undefined;
}

function codeOf(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Text with no control characters, bidirectional controls or unpaired surrogates, in NFC form. */
export function printable(schema: z.ZodString) {
  return schema
    .superRefine((value, ctx) => {
      const match = UNPRINTABLE.exec(value);
      if (match) {
        const unit = match[0].charCodeAt(0);
        const code = `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
        const what = unit >= 0xd800 ? `half of a character (${code}, a surrogate with no partner)` : `an invisible control character (${code})`;
        customIssue(ctx, `contains ${what} at character ${match.index + 1}`, 'delete it (retype the text around it if you cannot see it)', undefined, TEXT_CHARACTERS);
        return;
      }
      const bidi = BIDI_CONTROL.exec(value);
      if (bidi) {
        customIssue(ctx, `contains a bidirectional control character (${codeOf(bidi[0])}) at character ${bidi.index + 1}, which changes how the text is shown`, 'delete it (retype the text around it if you cannot see it)', undefined, TEXT_CHARACTERS);
      }
    })
    // One spelling for one text: "é" typed as one character or as e + accent is the same name.
    .transform((value) => value.normalize('NFC'));
}

/** Non-empty trimmed text with a length limit and no control characters. */
export function text(max: number) {
  return printable(z.string().trim().min(1).max(max));
}

/**
 * A name that identifies something (a topic, a source, a person): like `text`, and also without
 * invisible characters such as zero-width spaces, which would make a second page for a name that
 * looks identical.
 */
export function name(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((value, ctx) => {
      const invisible = invisibleIn(value);
      if (invisible) {
        customIssue(ctx, `contains an invisible character (${codeOf(invisible.char)}) at character ${invisible.index + 1}, which would make it a different name that looks the same`, 'delete it (retype the name if you cannot see it)', undefined, TEXT_CHARACTERS);
      }
    })
    .pipe(printable(z.string()));
}
