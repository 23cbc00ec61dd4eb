import { defineConfig } from 'vitest/config';

// Three depths of tests (see README): pure logic in Node, extraction on the real corpus pages,
// and end-to-end runs of the built extension in real browsers.
export default defineConfig({
  define: { __BROWSER__: '"chrome"' },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' } },
      { extends: true, test: { name: 'corpus', include: ['test/corpus/**/*.test.ts'], testTimeout: 300_000 } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Browsers are heavy on a 2-core machine: one test file at a time.
          fileParallelism: false,
          // The machine is shared and slow at times: UI waits poll for up to 10 s.
          expect: { poll: { timeout: 10_000, interval: 100 } },
        },
      },
    ],
  },
});
