import { defineConfig } from 'vitest/config';

// Three depths of tests (see README): pure logic in Node, extraction on the real corpus pages,
// and end-to-end runs of the built extension in real browsers.
export default defineConfig({
  define: { __BROWSER__: '"chrome"' },
  test: {
    // Node has the recognizer's data as modules; the worker fetches it (src/core/recognize/entities/assets.ts).
    setupFiles: ['src/core/recognize/entities/assets-bundled.ts'],
    projects: [
      // No limit that a slow or busy machine could trip: vitest's default 5 s per test failed CI on a slower
      // machine. A test that hangs still ends, at 10 minutes; speed is measured in `npm run bench`, not here.
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 600_000, hookTimeout: 600_000 },
      },
      { extends: true, test: { name: 'corpus', include: ['test/corpus/**/*.test.ts'], testTimeout: 300_000 } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // Browsers are heavy on a 2-core machine: one test file at a time.
          fileParallelism: false,
          // The machine is shared and slow at times: UI waits poll for up to 30 s (a pass returns at once).
          expect: { poll: { timeout: 30_000, interval: 100 } },
        },
      },
    ],
  },
});
