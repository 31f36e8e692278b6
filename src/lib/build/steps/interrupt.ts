/**
 * A build stopped from outside (Ctrl-C, SIGTERM from a CI runner, a closed terminal) cleans up as a
 * failed one does: its child processes are ended and its staging folder removed, so the output folder
 * is still the previous good build. And a fault injected after a named step, for the tests that prove it.
 */
import { BuildFailure } from '../failure.ts';

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/** What the interrupt handler and the pipeline share: whether a signal came, and whether the output was already swapped. */
export interface InterruptState {
  /** A signal arrived: nothing may be published any more. */
  readonly stopping: boolean;
  /** Marks that the output folder is being replaced; a signal from now on reports the new build as published. */
  publishing(): void;
}

/**
 * On SIGINT, SIGTERM or SIGHUP: runs `cleanUp` once, says what was published, and exits with 128 + the
 * signal's number, as a shell reports a process ended by it. Before the swap a signal means nothing is
 * published (the pipeline checks `stopping` right before it); after it, the new build stands.
 */
export function onInterrupt(cleanUp: () => Promise<void>, shownOutDir: string): InterruptState {
  let stopping = false;
  let published = false;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      (published ? Promise.resolve() : cleanUp())
        .catch(() => undefined)
        .finally(() => {
          const said = published ? `the new build was already published to ${shownOutDir}` : `nothing was published; ${shownOutDir} is as it was before this build`;
          process.stderr.write(`\nbuild interrupted (${signal}): ${said}.\n`);
          process.exit(128 + number);
        });
    });
  }
  return {
    get stopping() {
      return stopping;
    },
    publishing() {
      published = true;
    },
  };
}

/** Lets a signal that has arrived run its handler before the pipeline goes on (the steps' tails are synchronous). */
export function handlePendingSignals(): Promise<void> {
  return new Promise((resolveTurn) => setImmediate(resolveTurn));
}

/** The pipeline steps after which a fault can be injected. */
export const FAULT_STEPS = ['render', 'og-images', 'search-index', 'audit'] as const;
export type FaultStep = (typeof FAULT_STEPS)[number];

/**
 * Test hook: WATCHMAN_INJECT_FAULT=<step> makes the build fail right after that step has written its
 * output into the staging folder, so a test can prove that a failure at any step publishes nothing.
 */
export function injectedFault(step: FaultStep, requested = process.env.WATCHMAN_INJECT_FAULT): void {
  if (requested === step) throw new BuildFailure(`fault injected after the ${step} step (WATCHMAN_INJECT_FAULT=${step}); nothing was published.`);
}

/**
 * Test hook: WATCHMAN_PAUSE_AFTER=<step> makes the build wait after that step (saying so on stdout) until a
 * signal ends it, so a test can interrupt it at that point however fast the step's caches make the rest.
 */
export async function pauseAfter(step: FaultStep, requested = process.env.WATCHMAN_PAUSE_AFTER): Promise<void> {
  if (requested !== step) return;
  process.stdout.write(`[pipeline] paused after the ${step} step (WATCHMAN_PAUSE_AFTER=${step})\n`);
  await new Promise((resolveLater) => setTimeout(resolveLater, 120_000));
  throw new BuildFailure(`no signal came within 120 s of the pause after the ${step} step (WATCHMAN_PAUSE_AFTER=${step}); nothing was published.`);
}
