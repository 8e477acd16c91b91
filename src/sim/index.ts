/**
 * The simulator's public face: pure TypeScript with no DOM, no framework, no clock and no randomness; it
 * imports nothing outside src/sim. Same input, same trace, every time. Invalid input throws a RangeError
 * that names the field and its range; clampScenario is the path that never throws.
 */
export type * from './types';
export { DEFAULT_SCENARIO, LIMITS, MODELS, type Range } from './limits';
export { pollCostRange, SERVE_MODES, validateModel, validateScenario, validateServeMode, validateServeScenario } from './validate';
export { clampScenario, type ClampResult } from './clamp';
export { simulate } from './simulate';
export { serveConnections } from './serve';
export { phaseConduct, phaseVerdict, stateAt, statsAt } from './inspect';
export { appSpans, CHAR_STATE, STATE_CHAR } from './spans';
export {
  clampLab, DEFAULT_LAB, LAB_EPFD, LAB_FD, LAB_LIMITS, labEvents, labStepAt, labVerdict, simulateLab, validateLab,
  type LabOp, type LabScenario, type LabStep, type LabTrace, type LabVerdict, type TriggerMode,
} from './epoll-lab';
export {
  clampPrice, EPOLL_EVENT_BYTES, FD_SET_WORD_BYTES, FD_SETSIZE, fdSetBytes, POLLFD_BYTES, POLLFD_REVENTS_BYTES,
  PRICE_LIMITS, priceTable, validatePrice, WAIT_APIS, waitPrice, type WaitApi, type WaitPrice,
} from './many-price';
