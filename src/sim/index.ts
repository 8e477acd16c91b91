/**
 * The simulator's public face: pure TypeScript with no DOM, no framework, no clock and no randomness; it
 * imports nothing outside src/sim. Same input, same trace, every time. Invalid input throws a RangeError
 * that names the field and its range; clampScenario is the path that never throws.
 */
export type * from './types';
export { DEFAULT_SCENARIO, LIMITS, MODELS } from './limits';
export { SERVE_MODES, validateScenario } from './validate';
export { clampScenario } from './clamp';
export { simulate } from './simulate';
export { serveConnections } from './serve';
export { phaseConduct, phaseVerdict, stateAt, statsAt } from './inspect';
export {
  clampLab, DEFAULT_LAB, LAB_LIMITS, labEvents, labStepAt, labVerdict, simulateLab, validateLab,
  type LabScenario, type LabVerdict,
} from './epoll-lab';
export {
  clampPrice, EPOLL_EVENT_BYTES, FD_SETSIZE, fdSetBytes, PACKETS_PER_READY, packetRange, POLLFD_BYTES,
  PRICE_LIMITS, priceTable, validatePrice, waitPrice, type WaitApi,
} from './many-price';
