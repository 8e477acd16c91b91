/**
 * Reduces the output of `strace -f -tt -T -o FILE` of one receiver to the application's system-call
 * sequence (the format of trace-format.ts). Pure: raw text in, lines and counts out.
 * The reduction, in order:
 *   1. joins each `<unfinished ...>` call with its `<... resumed>` half (strace -f splits calls that
 *      other threads interrupt), keeping the start time;
 *   2. keeps what happens from the main thread's first `socket` (or `socketpair`) call up to its `write(1, "RESULT…`:
 *      before is the dynamic loader and libc start-up, after is the report and exit;
 *   3. drops the harness of common.c (the alarm, the fallback timer and its SIGUSR2, the socket's
 *      timestamps, getsockname, getrusage, the stdout checks of dprintf) and turns the write of the
 *      LISTEN line into a `# LISTEN` marker;
 *   4. drops bookkeeping that is not about I/O (memory maps, signal masks, thread set-up, futex waits,
 *      getpid/getuid, malloc's getrandom) and counts what it dropped, by name, for the header;
 *   5. folds a run of equal calls of one thread (addresses aside) into one line with a count.
 */
import type { TraceLine } from './trace-format.ts';

/** A reduced trace and what the reduction left out. */
export interface Reduced {
  lines: TraceLine[];
  /** dropped bookkeeping calls by name */
  bookkeeping: Record<string, number>;
  /** dropped harness calls by name */
  harness: Record<string, number>;
}

/** One raw event after step 1. */
interface Raw {
  pid: string;
  t: number;
  /** the whole call or signal text, with result and duration */
  body: string;
}

const RAW = /^(\d+)\s+(\d\d):(\d\d):(\d\d(?:\.\d+)?) (.*)$/;
const UNFINISHED = /^(.*?)\s*<unfinished \.\.\.>$/;
const RESUMED = /^<\.\.\. ([\w]+) resumed>\s?(.*)$/;
const CALL = /^([A-Za-z_]\w*)\((.*)\)\s+= (.*?)(?: <(\d+\.\d+)>)?$/s;
const UNRETURNED = /^([A-Za-z_]\w*)\((.*?),?\s*$/s;

const BOOKKEEPING = new Set([
  'mmap', 'munmap', 'mprotect', 'brk', 'madvise', 'rseq', 'set_robust_list', 'rt_sigprocmask',
  'futex', 'getpid', 'getuid', 'gettid', 'sched_yield', 'sched_getparam', 'sched_getscheduler', 'getrandom',
  'exit',
]);

/** Whether a kept-window call is part of the measuring harness of common.c, not of the model. */
function harness(name: string, args: string): boolean {
  if (['alarm', 'getsockname', 'getrusage', 'timer_create', 'timer_settime', 'timer_delete'].includes(name)) return true;
  if (name === 'rt_sigaction' && args.startsWith('SIGUSR2,')) return true;   // the fallback timer's signal
  if (name === 'ioctl' && /SIOCGSTAMP/.test(args)) return true;
  if ((name === 'newfstatat' || name === 'fstat' || name === 'lseek') && /^1,/.test(args)) return true;
  return false;
}

/** Steps 1 and the time base: raw strace lines → events in start-time order, calls joined. */
function join(text: string): Raw[] {
  const out: Raw[] = [];
  const pending = new Map<string, Raw>();
  let day = 0;
  let last = -1;
  for (const line of text.split('\n')) {
    const m = RAW.exec(line.trimEnd());
    if (!m) continue;
    const [, pid, hh, mm, ss, rest] = m as unknown as [string, string, string, string, string, string];
    let t = Number(hh) * 3600 + Number(mm) * 60 + Number(ss) + day;
    if (t < last - 43200) {
      day += 86400;             // the clock passed midnight
      t += 86400;
    }
    last = t;
    const unfinished = UNFINISHED.exec(rest);
    if (unfinished) {
      const ev = { pid, t, body: unfinished[1]! };
      pending.set(pid, ev);
      out.push(ev);
      continue;
    }
    const resumed = RESUMED.exec(rest);
    if (resumed) {
      const ev = pending.get(pid);
      pending.delete(pid);
      if (ev) {
        const tail = resumed[2]!;
        ev.body = ev.body + (tail.startsWith(')') || ev.body.endsWith('(') ? '' : ' ') + tail;
      }
      continue;
    }
    if (rest.startsWith('+++')) continue;
    out.push({ pid, t, body: rest });
  }
  return out.sort((a, b) => a.t - b.t);
}

/** Counts one more `name` in `into`. */
function bump(into: Record<string, number>, name: string): void {
  into[name] = (into[name] ?? 0) + 1;
}

/** Addresses aside, the text two calls must share to fold into one run. */
function foldKey(l: TraceLine): string {
  return `${l.thread}|${l.text.replace(/0x[0-9a-f]+/g, '0x')}|${l.result}`;
}

/** Reduces raw `strace -f -tt -T` output of one receiver; throws if the window's ends are missing. */
export function reduceStrace(text: string): Reduced {
  const events = join(text);
  const main = events[0]?.pid;
  const start = events.findIndex((e) => e.pid === main && /^socket(pair)?\(/.test(e.body));
  const end = events.findIndex((e) => e.pid === main && e.body.startsWith('write(1, "RESULT'));
  if (start < 0 || end < 0) throw new Error('strace output has no socket(…) or socketpair(…), or no write of the RESULT line');
  const t0 = events[start]!.t;
  const threads = new Map<string, string>([[main!, 'main']]);
  const thread = (pid: string) => {
    if (!threads.has(pid)) threads.set(pid, `thread-${threads.size + 1}`);
    return threads.get(pid)!;
  };

  const bookkeeping: Record<string, number> = {};
  const harnessCalls: Record<string, number> = {};
  const lines: TraceLine[] = [];
  for (const e of events.slice(start, end)) {
    const t = Math.round((e.t - t0) * 1e6) / 1e6;
    const who = thread(e.pid);
    if (e.body.startsWith('---')) {
      const name = /^--- (SIG\w+)/.exec(e.body)?.[1] ?? 'signal';
      lines.push({ kind: 'signal', thread: who, t, name, text: e.body, count: 1 });
      continue;
    }
    // A call still unfinished when the program exited has no result: keep it, marked `?`.
    const c = CALL.exec(e.body) ?? UNRETURNED.exec(e.body);
    if (!c) throw new Error(`strace line not understood: ${e.body}`);
    const [, name, args, result = '?', dur] = c as unknown as [string, string, string, string | undefined, string | undefined];
    if (name === 'write' && args.startsWith('1, "LISTEN')) {
      lines.push({ kind: 'marker', thread: who, t, name: 'LISTEN', text: 'LISTEN: the sender is told the port', count: 1 });
      continue;
    }
    if (harness(name, args)) {
      bump(harnessCalls, name);
      continue;
    }
    // glibc's own signal for thread cancellation, installed when the first thread starts.
    if (BOOKKEEPING.has(name) || (name === 'rt_sigaction' && args.startsWith('SIGRT_'))) {
      bump(bookkeeping, name);
      continue;
    }
    const line: TraceLine = { kind: 'call', thread: who, t, name, text: `${name}(${args})`, result, count: 1 };
    if (dur !== undefined) line.dur = Number(dur);
    lines.push(line);
  }
  return { lines: fold(lines), bookkeeping, harness: harnessCalls };
}

/** Step 5: folds runs of equal calls of one thread; a run's duration is the mean, to the microsecond. */
function fold(lines: TraceLine[]): TraceLine[] {
  const out: TraceLine[] = [];
  let sum = 0;
  for (const l of lines) {
    const prev = out.at(-1);
    if (prev && l.kind === 'call' && prev.kind === 'call' && foldKey(prev) === foldKey(l)) {
      if (prev.count === 1) sum = prev.dur ?? 0;
      prev.count++;
      prev.until = l.t;
      sum += l.dur ?? 0;
      prev.dur = Math.round((sum / prev.count) * 1e6) / 1e6;
      continue;
    }
    out.push({ ...l });
  }
  return out;
}
