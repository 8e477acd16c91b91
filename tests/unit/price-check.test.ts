/**
 * The self-check of /further/many-sockets/ (src/lessons/price-check.ts): each question has exactly one right
 * answer, the price simulator's, and the literal counts a reader is asked about.
 * @see select(2), poll(2), epoll(7); Linux fs/select.c, fs/eventpoll.c
 */
import { describe, expect, test } from 'vitest';
import { askPrice, PRICE_QUESTIONS } from '~/lessons/price-check';
import { waitPrice } from '~/sim/many-price';
import { STRINGS } from '~/i18n/strings';

describe('the price self-check', () => {
  test('every question has exactly one right answer, the one equal to what the simulator gives', () => {
    for (const q of PRICE_QUESTIONS) {
      const { choices, right } = askPrice(q);
      expect(right, q.id).toBeGreaterThanOrEqual(0);
      expect(new Set(choices.map((c) => `${c.key}${c.vars.n ?? ''}`)).size, `${q.id}: distinct choices`).toBe(choices.length);
      if (q.measure !== 'watches') expect(q.choices[right]).toBe(waitPrice(q.api, q.n, q.k, q.p)[q.measure]);
    }
  });

  test('the counts asked about, literally', () => {
    const right = Object.fromEntries(PRICE_QUESTIONS.map((q) => {
      const a = askPrice(q);
      return [q.id, a.choices[a.right]!];
    }));
    expect(right).toEqual({
      'poll-examines': { key: 'count', vars: { n: 10_000 } },
      'epoll-examines': { key: 'count', vars: { n: 10 } },
      'epoll-events': { key: 'count', vars: { n: 10 } },
      'select-bytes': { key: 'bytes', vars: { n: 128 } },
      'select-wall': { key: 'no', vars: {} },
    });
  });

  test('every question and choice has its words in both languages', () => {
    for (const s of Object.values(STRINGS)) {
      for (const q of PRICE_QUESTIONS) {
        expect(s.many.priceQuiz[q.id].q.length, q.id).toBeGreaterThan(10);
        for (const c of askPrice(q).choices) expect(s.many.priceQuiz[c.key], c.key).toBeTruthy();
      }
    }
  });
});
