/**
 * The stored, reduced strace output of content/traces/*.txt: one line per system call (or run of equal
 * calls), signal or marker, in time order; `#` lines before the first entry are the header. Pure: the
 * site parses these files at build time and the tests read them; scripts/traces.mjs writes them.
 * Line grammar (times in seconds since the program's first kept call, `socket`):
 *   THREAD +T CALL = RESULT <DURATION>[ ×COUNT until +T_LAST]   a call; a run of COUNT equal calls
 *   THREAD +T --- SIGNAL {...} ---                            a signal delivered to THREAD
 *   THREAD +T # MARKER                                         a harness event, e.g. `# LISTEN`
 * THREAD is `main` or `thread-N` (the Nth thread the process started, counting main as 1).
 */

/** One entry of a reduced trace. */
export interface TraceLine {
  kind: 'call' | 'signal' | 'marker';
  thread: string;
  /** seconds since the first kept call */
  t: number;
  /** the call's name (`recvfrom`), the signal's name (`SIGIO`) or the marker's word (`LISTEN`) */
  name: string;
  /** the call as strace printed it, without result and duration; the signal or marker text */
  text: string;
  /** what the call returned, as strace printed it (`65000`, `-1 EAGAIN (Resource temporarily unavailable)`) */
  result?: string;
  /** seconds spent inside the call (strace -T); for a run, the mean */
  dur?: number;
  /** how many equal calls this line stands for (1 unless a run) */
  count: number;
  /** for a run, the start time of its last call */
  until?: number;
}

/** A reduced trace: its header fields and its lines. */
export interface StoredTrace {
  /** `key: value` pairs of the header lines (`# program: ./aio | ./sender`) */
  meta: Record<string, string>;
  lines: TraceLine[];
}

const LINE = /^(\S+) \+(\d+\.\d+) (.*)$/;
const CALL = /^(([A-Za-z_][\w]*)\(.*\)) = (.*?)(?: <(\d+\.\d+)>)?(?: ×(\d+) until \+(\d+\.\d+))?$/;
const SIGNAL = /^--- (SIG\w+) .*---$/;

/** Parses one line of a reduced trace; throws on a line it does not understand. */
export function parseTraceLine(line: string): TraceLine {
  const m = LINE.exec(line);
  if (!m) throw new Error(`not a trace line: ${line}`);
  const [, thread, t, rest] = m as unknown as [string, string, string, string];
  if (rest.startsWith('# ')) {
    const text = rest.slice(2);
    return { kind: 'marker', thread, t: Number(t), name: text.split(/\s/)[0]!.replace(/:$/, ''), text, count: 1 };
  }
  const s = SIGNAL.exec(rest);
  if (s) return { kind: 'signal', thread, t: Number(t), name: s[1]!, text: rest, count: 1 };
  const c = CALL.exec(rest);
  if (!c) throw new Error(`not a call, signal or marker: ${line}`);
  return {
    kind: 'call',
    thread,
    t: Number(t),
    name: c[2]!,
    text: c[1]!,
    result: c[3]!,
    ...(c[4] !== undefined && { dur: Number(c[4]) }),
    count: c[5] ? Number(c[5]) : 1,
    ...(c[6] !== undefined && { until: Number(c[6]) }),
  };
}

/** Parses a whole reduced trace file. */
export function parseTrace(text: string): StoredTrace {
  const meta: Record<string, string> = {};
  const lines: TraceLine[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!line) continue;
    if (line.startsWith('#')) {
      const kv = /^#\s*([\w-]+):\s*(.*)$/.exec(line);
      if (kv) meta[kv[1]!] = kv[2]!;
      continue;
    }
    lines.push(parseTraceLine(line));
  }
  return { meta, lines };
}

/** Formats seconds with six decimals, as strace prints them. */
function sec(x: number): string {
  return x.toFixed(6);
}

/** Writes one entry back in the stored format; parseTraceLine(formatTraceLine(x)) equals x. */
export function formatTraceLine(l: TraceLine): string {
  const head = `${l.thread} +${sec(l.t)} `;
  if (l.kind === 'marker') return `${head}# ${l.text}`;
  if (l.kind === 'signal') return head + l.text;
  let s = `${head}${l.text} = ${l.result}`;
  if (l.dur !== undefined) s += ` <${sec(l.dur)}>`;
  if (l.count > 1) s += ` ×${l.count} until +${sec(l.until ?? l.t)}`;
  return s;
}
