/**
 * What one server thread did, in words: a sentence of steps read off its lane and the select calls of
 * serveConnections (src/sim/serve.ts), in time order. Blocked in recvfrom, blocked in select (or a select that
 * returns at once), and a run of connections served back to back are one step each; idle says nothing. Pure;
 * the words are the locale's (src/i18n), the numbers the simulator's.
 */
import type { ServeResult } from '~/sim/types';
import { fill } from '~/i18n/fill';

/** The templates: steps joined by `says.sep` into `says` ({steps}, {t} the makespan); lists joined by `says.list`. */
export type ThreadWords = Record<'says' | 'says.recv' | 'says.select' | 'says.selectNow' | 'says.serve' | 'says.sep' | 'says.list', string>;

/** A ready set as the figures print it: {1, 2}. */
const readySet = (ready: number[], w: ThreadWords) => `{${ready.join(w['says.list'])}}`;

/** The sentence for the thread of a one-thread server (lane 0): what it does, step by step, until all is done. */
export function threadSays(r: ServeResult, w: ThreadWords): string {
  const steps: string[] = [];
  const calls = r.selects.slice();
  let run: number[] = [];
  let runEnd = 0;
  const endRun = () => {
    if (run.length) steps.push(fill(w['says.serve'], { list: run.join(w['says.list']), t: runEnd }));
    run = [];
  };
  for (const x of r.lanes[0] ?? []) {
    // Each call to select comes before the service it leads to; one that found a connection ready spent no time.
    while (calls.length && calls[0]!.returns <= x.from && x.doing !== 'select') {
      const c = calls.shift()!;
      endRun();
      steps.push(fill(c.returns > c.at ? w['says.select'] : w['says.selectNow'], { t: c.returns, set: readySet(c.ready, w) }));
    }
    if (x.doing === 'recv') {
      endRun();
      steps.push(fill(w['says.recv'], { i: x.conn!, t: x.to }));
    } else if (x.doing === 'serve') {
      run.push(x.conn!);
      runEnd = x.to;
    }
  }
  endRun();
  return fill(w.says, { steps: steps.join(w['says.sep']), t: r.makespan });
}
