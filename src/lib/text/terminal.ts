/**
 * Text that came from authors (file names, YAML keys, values) made safe to print on a terminal.
 * An escape sequence in a file name could otherwise clear the screen, recolour the report or
 * print a fake "no problems"; bidi controls could reorder what the reader sees. Each such
 * character is shown as a visible escape instead (`\x1b`, `\u202e`), so nothing is hidden either.
 */

// C0 and C1 controls (newline and tab included: a report line must stay one line), DEL, and the
// invisible formatting characters that change how the rest of a line is shown or read.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with every control, bidi and invisible formatting character written as a visible escape. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
