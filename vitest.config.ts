/**
 * Vitest: unit tests (sim, render; no browser) under tests/unit, benchmarks under tests/bench.
 * `npx vitest run tests/unit` runs the tests; `npx vitest bench --run` runs only the benchmarks.
 * @see https://main.vitest.dev/guide/benchmarking (v5: `bench` is a test-context fixture)
 */
import { defineConfig } from 'vitest/config';
import { aliases } from './build/aliases.mjs';

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    benchmark: {
      include: ['tests/bench/**/*.bench.ts'],
    },
  },
});
