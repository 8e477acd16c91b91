/**
 * The self-check of /further/level-edge/, as data: questions about the level- versus edge-triggered lab,
 * each a change to the epoll(7) example and one fact of its run. Every right answer is read off the
 * simulator (simulateLab, labVerdict), never stored: each choice is a candidate, and the right one is the
 * choice equal to what the run gives (tests/unit/lab-narration.test.ts checks that exactly one is). Pure: the
 * words come in as templates from src/i18n (`many.quiz`); components/SelfCheck.astro (of="lab") builds the markup.
 */
import { DEFAULT_LAB, labVerdict, simulateLab, type LabScenario } from '~/sim/epoll-lab';

/** The questions' ids: the keys of their strings (src/i18n `many.quiz`). */
type LabQuestionId = 'lt-partial' | 'et-partial' | 'et-drain' | 'blocking-drain' | 'burst' | 'oneshot' | 'oneshot-mod';

/**
 * A question: a change to the epoll(7) example and what is asked of its run: what the second wait does, the
 * bytes buffered at it, whether a read hangs, the first wait's events, or whether the `which` wait reports.
 */
export type LabQuestion =
  | { id: LabQuestionId; kind: 'second' | 'hang'; change: Partial<LabScenario> }
  | { id: LabQuestionId; kind: 'buffered' | 'first'; change: Partial<LabScenario>; choices: readonly number[] }
  | { id: LabQuestionId; kind: 'reports'; which: 2 | 3; change: Partial<LabScenario> };

/** The questions, in page order. */
export const LAB_QUESTIONS: readonly LabQuestion[] = [
  { id: 'lt-partial', kind: 'second', change: { mode: 'lt' } },
  { id: 'et-partial', kind: 'second', change: { mode: 'et' } },
  { id: 'et-drain', kind: 'buffered', change: { mode: 'et', drain: true }, choices: [0, 1024, 2048] },
  { id: 'blocking-drain', kind: 'hang', change: { mode: 'et', drain: true, blocking: true } },
  { id: 'burst', kind: 'first', change: { mode: 'lt', packets: 4 }, choices: [1, 2, 4] },
  { id: 'oneshot', kind: 'reports', which: 3, change: { mode: 'lt', oneshot: true } },
  { id: 'oneshot-mod', kind: 'reports', which: 2, change: { mode: 'lt', oneshot: true, rearm: true } },
];

/** One offered answer: which template writes it (a key of `many.quiz`) and the numbers it fills in. */
interface LabChoice { key: 'reports' | 'sleeps' | 'bytes' | 'events' | 'hangs' | 'eagain' | 'yes' | 'no'; vars: Record<string, number> }

/** A question as asked: its choices, the index of the right one (-1: none), and the numbers for its reason. */
export interface LabAsked { choices: LabChoice[]; right: number; vars: Record<string, number> }

/** Asks a question of the simulator: its choices and which of them the run gives. */
export function askLab(q: LabQuestion): LabAsked {
  const trace = simulateLab({ ...DEFAULT_LAB, ...q.change });
  const v = labVerdict(trace);
  const vars = { buffer: v.bufferedAtSecondWait ?? 0, n: v.firstWaitEvents };
  const both = (a: LabChoice['key'], b: LabChoice['key'], first: boolean | null): LabAsked => ({
    choices: [{ key: a, vars: {} }, { key: b, vars: {} }], right: first === null ? -1 : first ? 0 : 1, vars,
  });
  switch (q.kind) {
    case 'second': return both('reports', 'sleeps', v.reportedAgain);
    case 'hang': return both('hangs', 'eagain', v.hung);
    case 'reports': return both('yes', 'no', q.which === 2 ? v.reportedAgain : v.reportedAfterNewData);
    case 'buffered':
    case 'first': {
      const value = q.kind === 'buffered' ? v.bufferedAtSecondWait : v.firstWaitEvents;
      return {
        choices: q.choices.map((n) => ({ key: q.kind === 'buffered' ? 'bytes' : 'events', vars: { n } })),
        right: q.choices.indexOf(value ?? -1), vars,
      };
    }
  }
}
