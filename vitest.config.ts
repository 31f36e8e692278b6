import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/fixtures/**', 'tests/.tmp/**'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
