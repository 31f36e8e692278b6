import { defineConfig } from 'vitest/config';

// Three layers, so a contributor can run the fast one alone:
//   unit    — pure logic and plugins, no build, no browser (`npm run test:unit`, well under a minute)
//   build   — builds fixture sites and runs the CLIs (`npm run test:build`)
//   browser — the built sample site in Debian's Chromium: search, accessibility, Lighthouse, quality gates
// `npm test` runs all three and prints `N passed, N failed` last (tests/support/summary-reporter.ts).
const shared = ['**/node_modules/**', 'tests/fixtures/**', 'tests/.tmp/**'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 300_000,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // One temporary folder per run, removed at its end (tests/support/temp-dir.ts).
    globalSetup: ['./tests/support/temp-dir.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/plugins/**/*.test.ts'], exclude: shared },
      },
      {
        extends: true,
        test: {
          name: 'build',
          // Builds and CLI runs are processes of their own; on a loaded machine one can take a minute.
          testTimeout: 120_000,
          include: ['tests/build/**/*.test.ts', 'tests/robustness/**/*.test.ts', 'tests/bench/**/*.test.ts'],
          exclude: shared,
        },
      },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/e2e/**/*.test.ts', 'tests/quality/**/*.test.ts'], exclude: shared },
      },
    ],
  },
});
