/**
 * Property tests must not depend on the machine's speed: fast-check runs a fixed number of cases (numRuns,
 * never a time budget such as interruptAfterTimeLimit, which passes a property interrupted before numRuns, so a
 * slow machine would test less), and every test runs under vitest.config.ts's generous testTimeout. Checked here
 * on the source of every unit test file: each fc.assert is given a run count.
 * @see https://fast-check.dev/docs/core-blocks/plugins/time-limits/
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const DIR = new URL('./', import.meta.url);

describe('every property test runs a fixed number of cases', () => {
  // This file names fc.assert only in its own checks, so it skips itself.
  const self = new URL(import.meta.url).pathname.split('/').at(-1);
  const files = readdirSync(DIR).filter((f) => f.endsWith('.test.ts') && f !== self);
  const withProperties = files.filter((f) => readFileSync(new URL(f, DIR), 'utf8').includes('fc.assert('));

  test('some files have property tests to check', () => {
    expect(withProperties.length).toBeGreaterThan(0);
  });

  for (const file of withProperties) {
    test(file, () => {
      const source = readFileSync(new URL(file, DIR), 'utf8');
      expect(source, 'no time budget: it would let a slow machine test less').not.toMatch(/interruptAfterTimeLimit|skipAllAfterTimeLimit/);
      // Every fc.assert is followed by a run count before the next one.
      for (const call of source.split('fc.assert(').slice(1)) {
        expect(call, `${file}: fc.assert needs numRuns`).toMatch(/numRuns|\bRUNS\b/);
      }
    });
  }
});
