/**
 * Vitest, two tiers as two projects, each run alone with `npx vitest run --project unit|built`:
 * - `unit`: the simulator, the renderer and the build plugins, no browser (tests/unit); benchmarks under
 *   tests/bench (`npx vitest bench --run`).
 * - `built`: facts fixed once the site is built, read from the files of dist/ and dist-base/some/prefix/
 *   (tests/built), no browser. Its global setup stops the run with one message when a build is missing.
 * The Svelte plugin is here for the `*.svelte.ts` rune classes (src/playback/player.svelte.ts): without it
 * `$state` is an undefined global. Tests run in Node, so it compiles them for the server. Both projects
 * inherit the plugins, aliases and timeouts (`extends: true`).
 * @see https://main.vitest.dev/guide/projects (inline projects, `--project`)
 * @see https://main.vitest.dev/guide/benchmarking (v5: `bench` is a test-context fixture)
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { aliases } from './build/aliases.mjs';

export default defineConfig({
  plugins: [svelte()],
  resolve: { alias: aliases },
  test: {
    // No test may fail for being slow: two busy cores can make shiki's first highlight or a property run
    // take seconds, and compiling the C programs in a beforeAll (while the browser tier runs beside the unit
    // tests) tens of seconds. Runs are sized by count (numRuns), never by time; these are only generous ceilings.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          benchmark: {
            include: ['tests/bench/**/*.bench.ts'],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'built',
          include: ['tests/built/**/*.test.ts'],
          globalSetup: ['tests/built/setup.ts'],
          // One module graph for every file: each built page is read and parsed once (tests/built/dist.ts caches).
          isolate: false,
          // The benchmarks are the unit project's (Vitest's default pattern would run tests/bench here too).
          benchmark: { include: [] },
        },
      },
    ],
  },
});
