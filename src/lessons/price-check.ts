/**
 * The self-check of /further/many-sockets/, as data: questions about what one wait costs, each a setting of N
 * watched descriptors, K ready and P packets, and one count of one interface read off the price simulator
 * (src/sim/many-price.ts). Every right answer is what the simulator gives, never stored: each choice is a
 * candidate and the right one is the choice equal to the simulator's count (tests/unit/price-check.test.ts checks
 * that exactly one is). Pure: the words come in as templates from src/i18n (`many.priceQuiz`);
 * components/SelfCheck.astro (of="price") builds the markup.
 */
import { waitPrice, type WaitApi, type WaitPrice } from '~/sim/many-price';

/** The questions' ids: the keys of their strings (src/i18n `many.priceQuiz`). */
type PriceQuestionId = 'poll-examines' | 'epoll-examines' | 'epoll-events' | 'select-bytes' | 'select-wall';

/** What a question reads off the wait: a count, or whether the interface can watch N descriptors at all. */
type PriceMeasure = 'kernelExamines' | 'readyEntries' | 'bytesIn' | 'watches';

/** A question: the interface, N, K and P, what is read, and the candidates (counts; for `watches`, yes and no). */
export interface PriceQuestion {
  id: PriceQuestionId;
  api: WaitApi;
  n: number;
  k: number;
  p: number;
  measure: PriceMeasure;
  /** candidate counts, distinct (none for `watches`: its choices are yes and no) */
  choices: readonly number[];
}

/** The questions, in page order. */
export const PRICE_QUESTIONS: readonly PriceQuestion[] = [
  { id: 'poll-examines', api: 'poll', n: 10_000, k: 10, p: 10, measure: 'kernelExamines', choices: [10, 10_000, 20_000] },
  { id: 'epoll-examines', api: 'epoll', n: 10_000, k: 10, p: 10, measure: 'kernelExamines', choices: [10, 10_000] },
  { id: 'epoll-events', api: 'epoll', n: 10_000, k: 10, p: 1_000, measure: 'readyEntries', choices: [10, 1_000, 10_000] },
  { id: 'select-bytes', api: 'select', n: 1_000, k: 10, p: 10, measure: 'bytesIn', choices: [8, 128, 8_000] },
  { id: 'select-wall', api: 'select', n: 1_500, k: 10, p: 10, measure: 'watches', choices: [] },
];

/** One offered answer: which template writes it (a key of `many.priceQuiz`) and the number it fills in. */
interface PriceChoice { key: 'count' | 'bytes' | 'yes' | 'no'; vars: Record<string, number> }

/** A question as asked: its choices, the index of the right one (-1: none), and the numbers for its reason. */
export interface PriceAsked { choices: PriceChoice[]; right: number; vars: Record<string, number> }

/** Asks a question of the simulator: its choices and which of them the wait's price gives. */
export function askPrice(q: PriceQuestion): PriceAsked {
  const w: WaitPrice = waitPrice(q.api, q.n, q.k, q.p);
  const vars = { n: q.n, k: q.k, p: q.p, poll: waitPrice('poll', q.n, q.k, q.p).bytesIn ?? 0 };
  if (q.measure === 'watches') {
    return { choices: [{ key: 'yes', vars: {} }, { key: 'no', vars: {} }], right: w.wall === null ? 0 : 1, vars };
  }
  const value = w[q.measure];
  return {
    choices: q.choices.map((n) => ({ key: q.measure === 'bytesIn' ? 'bytes' : 'count', vars: { n } })),
    right: value === null ? -1 : q.choices.indexOf(value),
    vars: { ...vars, value: value ?? 0 },
  };
}
