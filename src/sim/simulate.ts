/**
 * simulate: the checked entry point. Invalid input throws a RangeError naming the field and its range;
 * the engine itself (engine.ts) assumes a valid scenario.
 */
import { simulateValid } from './engine';
import type { ModelId, Scenario, Trace } from './types';
import { validateModel, validateScenario } from './validate';

/** Runs one model on one scenario; throws a RangeError on an unknown model or an invalid scenario. */
export function simulate(model: ModelId, scenario: Scenario): Trace {
  return simulateValid(validateModel(model), validateScenario(scenario));
}
