import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    globalSetup: ['tests/unit/global-setup.ts'],
    testTimeout: 30_000,
  },
});
