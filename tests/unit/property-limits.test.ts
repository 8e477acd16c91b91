/**
 * The rule of property-limits.ts, checked on the source of every unit test file: each test that calls
 * fc.assert passes PROPERTY_TEST (its own time limit) and gives fc.assert a run count (numRuns or a RUNS
 * constant), so a slow or busy machine cannot turn the suite red.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const DIR = new URL('./', import.meta.url);
// render.test.ts belongs to src/render, which is being restructured on another branch; it joins this
// check when it adopts PROPERTY_TEST.
const NOT_YET = new Set(['render.test.ts']);

/** Each `test(` call of a file: its first line and the source up to the next `test(`. */
function testBlocks(source: string): { header: string; body: string }[] {
  const starts = [...source.matchAll(/^[ \t]*test\(/gm)].map((m) => m.index);
  return starts.map((start, k) => {
    const body = source.slice(start, starts[k + 1] ?? source.length);
    return { header: body.slice(0, body.indexOf('\n')), body };
  });
}

describe('every property test has a run count and its own time limit', () => {
  // This file names fc.assert only in its own checks, so it skips itself.
  const self = new URL(import.meta.url).pathname.split('/').at(-1);
  const files = readdirSync(DIR).filter((f) => f.endsWith('.test.ts') && f !== self && !NOT_YET.has(f));
  for (const file of files) {
    const source = readFileSync(new URL(file, DIR), 'utf8');
    if (!source.includes('fc.assert(')) continue;
    test(file, () => {
      const property = testBlocks(source).filter((b) => b.body.includes('fc.assert('));
      expect(property.length).toBeGreaterThan(0);
      for (const { header, body } of property) {
        expect(header, 'a test that calls fc.assert passes PROPERTY_TEST').toContain('PROPERTY_TEST');
        // Every fc.assert in the block is followed by a run count before the next one.
        for (const call of body.split('fc.assert(').slice(1)) {
          expect(call, `${header.trim()}: fc.assert needs numRuns`).toMatch(/numRuns|\bRUNS\b/);
        }
      }
    });
  }
});
