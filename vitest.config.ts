import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests start processes that load jieba's dictionary (~1.5 s each); no test asserts timing.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
