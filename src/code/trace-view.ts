/**
 * How a stored trace line reads in the "What Linux did" table: times in ms or µs, long arguments folded,
 * and the wait the table shows. Pure; the stored files keep strace's full text, only the page shortens it.
 */
import type { TraceLine } from './trace-format';

/** Seconds from which a call counts as a wait: the table sets it in bold, and shownWait finds it. */
export const LONG_CALL = 0.05;

/**
 * The wait a trace shows, in seconds, as its notes quote it: its longest call if that is a wait (the
 * process, or its helper thread, slept in it), else the time from the LISTEN line to the first signal
 * (the process worked meanwhile); null when the table shows neither (a process that never waits in a call).
 */
export function shownWait(lines: readonly TraceLine[]): number | null {
  const longest = Math.max(0, ...lines.map((l) => (l.kind === 'call' ? (l.dur ?? 0) : 0)));
  if (longest >= LONG_CALL) return longest;
  const listen = lines.find((l) => l.kind === 'marker' && l.name === 'LISTEN');
  const signal = lines.find((l) => l.kind === 'signal');
  return listen && signal ? signal.t - listen.t : null;
}

/** Seconds as the table shows a time inside a call: `201.3 ms`, or `45 µs` below a millisecond. */
export function formatDuration(seconds: number): string {
  return seconds >= 0.001 ? `${(seconds * 1000).toFixed(1)} ms` : `${Math.round(seconds * 1e6)} µs`;
}

/** Seconds since the start as `+201.3 ms`. */
export function formatTime(seconds: number): string {
  return `+${(seconds * 1000).toFixed(1)} ms`;
}

/** A call's text with addresses as `0x…` and every `{…}` or `[…]` longer than `inner` characters folded. */
export function shortenCall(text: string, inner = 24, max = 80): string {
  const noAddr = text.replace(/0x[0-9a-f]{8,}/g, '0x…');
  let out = '';
  let depth = 0;
  let group = '';
  for (const ch of noAddr) {
    if (depth === 0) {
      if (ch === '{' || ch === '[') {
        depth = 1;
        group = ch;
      } else out += ch;
      continue;
    }
    group += ch;
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    if (depth === 0) out += group.length - 2 > inner ? `${group[0]}…${ch}` : group;
  }
  if (depth > 0) out += group;
  return out.length > max ? `${out.slice(0, max - 2)}…)` : out;
}

/** A call's result as the table shows it: no strerror words (`-1 EAGAIN (Resource …)` → `-1 EAGAIN`). */
export function shortenResult(name: string, result: string): string {
  // rt_sigreturn never returns to a caller: strace prints the register of the code it resumes. @see sigreturn(2)
  if (name === 'rt_sigreturn') return '—';
  return result.replace(/^(-1 E[A-Z]+) \(.*\)$/, '$1');
}
