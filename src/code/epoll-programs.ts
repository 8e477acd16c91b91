/**
 * The programs of content/code that run alone, without the sender: epoll-lab (the LT/ET lab on a
 * socketpair), many-sockets (select, poll and epoll timed at N = 10 to 10,000) and fd-setsize (select's wall). They are built like the
 * receivers (programs.ts, compile) and run here with a hard timeout, optionally under strace. Node only; the
 * site never imports this module. Loopback only; epoll-lab stops itself after 5 s and many-sockets after 60 s.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The programs that run alone. */
export const ALONE: readonly string[] = ['epoll-lab', 'many-sockets', 'fd-setsize'];

/** Where the benchmark's stored run is, relative to the repository root. */
export const BENCH_FILE = 'content/traces/many-sockets.txt';

/** What a run printed, and whether it had to be killed. */
export interface AloneRun {
  stdout: string;
  stderr: string;
  status: number | null;
  /** the signal that ended it (SIGABRT for fd-setsize past FD_SETSIZE), or null */
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

/** Runs `binDir/bin args`, under `strace -f -tt -T -s 8 -o straceFile` if given, killed after timeoutMs. */
export function runAlone(bin: string, args: readonly string[], binDir: string, opts: { straceFile?: string; timeoutMs?: number } = {}): AloneRun {
  const path = join(binDir, bin);
  const [cmd, argv] = opts.straceFile
    ? ['strace', ['-f', '-tt', '-T', '-s', '8', '-o', opts.straceFile, path, ...args]]
    : [path, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: opts.timeoutMs ?? 10_000, killSignal: 'SIGKILL' });
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  if (r.error && !timedOut) throw r.error;
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status, signal: r.signal, timedOut };
}

/** One `lab …` line of epoll-lab: a scenario's name and what its three waits saw (-1: not reached). */
export interface LabLine {
  /** `lt`, `et+drain+blocking`, …: lt or et, then +drain +blocking +oneshot +rearm in that order */
  scenario: string;
  firstWaitEvents: number;
  reportedAgain: number;
  buffered: number;
  afterNewData: number;
  hung: number;
}

/** The `lab …` lines and the `name=value` facts of epoll-lab's output; throws on a malformed lab line. */
export function parseLab(stdout: string): { labs: LabLine[]; facts: Record<string, number> } {
  const labs: LabLine[] = [];
  const facts: Record<string, number> = {};
  for (const line of stdout.split('\n')) {
    if (line.startsWith('lab ')) {
      const m = /^lab scenario=(\S+) first_wait_events=(-?\d+) reported_again=(-?\d+) buffered=(-?\d+) after_new_data=(-?\d+) hung=([01])$/.exec(line);
      if (!m) throw new Error(`epoll-lab printed a lab line it should not: ${line}`);
      labs.push({
        scenario: m[1]!, firstWaitEvents: Number(m[2]), reportedAgain: Number(m[3]), buffered: Number(m[4]),
        afterNewData: Number(m[5]), hung: Number(m[6]),
      });
    } else {
      const f = /^(\w+)=(-?\d+)$/.exec(line);
      if (f) facts[f[1]!] = Number(f[2]);
    }
  }
  return { labs, facts };
}


/** The scenarios content/traces/epoll-lab.txt records: the epoll(7) example, level- then edge-triggered. */
export const LAB_TRACE_ARGS: readonly string[] = ['lt', 'et'];
