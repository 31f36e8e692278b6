/** The file line of the first body line matching a pattern, for MDX findings the compiler gives no position for. */
export function lineMatching(body: string, bodyLine: number, pattern: RegExp): number {
  const index = body.split('\n').findIndex((line) => pattern.test(line));
  return bodyLine + (index === -1 ? 0 : index);
}
