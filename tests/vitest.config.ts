import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // A timeout is there to catch a hang. On a shared two-core machine a test that renders real
    // posts (Shiki, KaTeX) cold can take several seconds, so 5 s failed tests that were only slow.
    testTimeout: 30_000,
  },
});
