/**
 * Vitest: unit tests (sim, render; no browser) under tests/unit, benchmarks under tests/bench.
 * `npx vitest run tests/unit` runs the tests; `npx vitest bench --run` runs only the benchmarks.
 * The Svelte plugin is here for the `*.svelte.ts` rune classes (src/demo/player.svelte.ts): without it
 * `$state` is an undefined global. Tests run in Node, so it compiles them for the server.
 * @see https://main.vitest.dev/guide/benchmarking (v5: `bench` is a test-context fixture)
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { aliases } from './build/aliases.mjs';

export default defineConfig({
  plugins: [svelte()],
  resolve: { alias: aliases },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // No unit test may fail for being slow: two busy cores can make shiki's first highlight or a property
    // run take seconds. Runs are sized by count (numRuns), never by time; this is only a generous ceiling.
    testTimeout: 60_000,
    benchmark: {
      include: ['tests/bench/**/*.bench.ts'],
    },
  },
});
