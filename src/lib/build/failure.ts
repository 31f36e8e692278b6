/** How the build pipeline talks: one `[step] message` line per fact, and failures the user can act on. */

/** A failure the user can act on: printed as its message, never as a stack trace. */
export class BuildFailure extends Error {}

/** Prints one pipeline log line, `[source] message`, as Astro's integrations print theirs. */
export function log(source: string, message: string): void {
  process.stdout.write(`[${source}] ${message}\n`);
}

/** Milliseconds since `start` (a performance.now() value), rounded. */
export function since(start: number): number {
  return Math.round(performance.now() - start);
}

/** What the pipeline prints for an error: the message of a BuildFailure, anything else with its stack. */
export function failureText(error: unknown): string {
  if (error instanceof BuildFailure) return error.message;
  return `build failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
