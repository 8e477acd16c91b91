/** The unit tests' check for the simulators' bad input: a RangeError, not just any Error, with an exact message. */
import { expect } from 'vitest';

/** Asserts that `run` throws a RangeError (not just any Error) with exactly `message`. */
export function expectRangeError(run: () => unknown, message: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(RangeError);
  expect((thrown as Error).message).toBe(message);
}
