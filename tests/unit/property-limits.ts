/**
 * Limits for property tests, so that none depends on the machine's speed. fast-check runs a fixed number
 * of cases (numRuns, never a time budget such as interruptAfterTimeLimit), and each test that calls
 * fc.assert takes PROPERTY_TEST, its own time limit far above what it needs: on a busy machine (two cores
 * shared with a build) it runs slower but does not fail. Vitest's default limit is 5 s per test.
 * property-limits.test.ts checks that every property test here follows both rules.
 * @see https://main.vitest.dev/config/testtimeout (5 s in Node.js)
 * @see https://fast-check.dev/docs/core-blocks/plugins/time-limits/ (why not interruptAfterTimeLimit: an
 *   interrupted property passes without reaching numRuns, so a slow machine would test less)
 */

/** Vitest options for a test that calls fc.assert: 60 s, over ten times its time on two busy cores. */
export const PROPERTY_TEST = Object.freeze({ timeout: 60_000 });
