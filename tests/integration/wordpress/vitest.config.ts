import { defineConfig } from 'vitest/config';

/**
 * Integration tests against a real WordPress started by tests/support/wordpress/wp-up.sh:
 *   eval "$(tests/support/wordpress/wp-up.sh)" && npx vitest run --config tests/integration/wordpress/vitest.config.ts
 * Files run one after another: one of them stops and restarts the PHP server.
 */
export default defineConfig({
  test: {
    root: new URL('../../..', import.meta.url).pathname,
    include: ['tests/integration/wordpress/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
  },
});
