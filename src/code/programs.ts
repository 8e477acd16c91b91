/**
 * The C programs of content/code as the tests and `npm run traces` use them: which to build and how,
 * and how to run one receiver with the sender (`./x | ./sender`), optionally under strace. Node only
 * (child processes, files); the site never imports this module. Loopback only: the programs bind and
 * send to 127.0.0.1. Every run is bounded: the programs stop themselves after 5 s (alarm) and run()
 * kills them after `timeoutMs`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelId } from '~/sim/types.ts';

/** Where the C sources are, relative to the repository root. */
export const CODE_DIR = 'content/code';
/** Where the reduced traces are stored. */
export const TRACE_DIR = 'content/traces';
/** The compiler flags: ISO C11 (each program defines the POSIX or GNU feature macros it needs), every warning an error. */
export const CFLAGS = ['-std=c11', '-O2', '-Wall', '-Wextra', '-Werror'];

/** One run of a receiver: its trace's name, its binary and arguments, and the row it must match. */
export interface Program {
  /** the name of its test and of content/traces/NAME.txt */
  name: string;
  /** the binary, built from content/code/BIN.c and common.c */
  bin: string;
  args: string[];
  /** the summary table's row this run is checked against */
  model: ModelId;
  /** the interface, as the RESULT line's api= says */
  api: string;
  /**
   * Set where Linux departs from Stevens' row on purpose: the run must report these phases instead.
   * Native AIO on a socket blocks in io_submit through both phases (as content/traces/native-aio.txt shows).
   */
  departs?: { wait: boolean; copy: boolean };
  /** the program reads with timed_recvfrom once the socket is known readable, so its RESULT has copy_us */
  timesCopy?: true;
}

/** Every receiver run, in the order of the pages. */
export const PROGRAMS: readonly Program[] = [
  { name: 'blocking', bin: 'blocking', args: [], model: 'blocking', api: 'recvfrom' },
  { name: 'nonblocking', bin: 'nonblocking', args: [], model: 'nonblocking', api: 'recvfrom', timesCopy: true },
  { name: 'select', bin: 'multiplexing', args: ['select'], model: 'multiplexing', api: 'select', timesCopy: true },
  { name: 'poll', bin: 'multiplexing', args: ['poll'], model: 'multiplexing', api: 'poll', timesCopy: true },
  { name: 'epoll-lt', bin: 'multiplexing', args: ['epoll-lt'], model: 'multiplexing', api: 'epoll-lt', timesCopy: true },
  { name: 'epoll-et', bin: 'multiplexing', args: ['epoll-et'], model: 'multiplexing', api: 'epoll-et', timesCopy: true },
  { name: 'signal-driven', bin: 'signal-driven', args: [], model: 'signal-driven', api: 'SIGIO', timesCopy: true },
  { name: 'aio', bin: 'aio', args: [], model: 'async', api: 'aio_read' },
  { name: 'io-uring', bin: 'io-uring', args: [], model: 'async', api: 'io_uring' },
  {
    name: 'native-aio', bin: 'native-aio', args: [], model: 'async', api: 'io_submit',
    departs: { wait: true, copy: true },
  },
];

/**
 * Libraries every binary links. glibc before 2.34 keeps timer_create (common.c, so every program) and
 * aio_read in librt; since 2.34 they are in libc and librt is an empty stub, so linking it is harmless.
 * @see timer_create(2) and aio_read(3), LIBRARY: "Real-time library (librt, -lrt)"
 */
const LDLIBS: readonly string[] = ['-lrt'];

/** Extra libraries per binary. */
const LIBS: Readonly<Record<string, string[]>> = { 'io-uring': ['-luring'] };

/** Every binary to build: the receivers and the sender. */
export const BINARIES: readonly string[] = [...new Set(PROGRAMS.map((p) => p.bin)), 'sender'];

/** What this machine can do: why the C tests must skip, or null; and whether liburing is there. */
export function toolchain(): { skip: string | null; liburing: boolean } {
  if (process.platform !== 'linux') return { skip: `the programs use Linux interfaces; this is ${process.platform}`, liburing: false };
  const cc = spawnSync('cc', ['--version'], { encoding: 'utf8' });
  if (cc.error || cc.status !== 0) return { skip: 'no C compiler (cc) on PATH; on Debian: apt-get install gcc libc6-dev', liburing: false };
  const probe = spawnSync('cc', ['-E', '-x', 'c', '-'], { input: '#include <liburing.h>\n', encoding: 'utf8' });
  return { skip: null, liburing: probe.status === 0 };
}

/** Compiles `bin` into outDir with CFLAGS; returns the compiler's complaint, or null when it built. */
export function compile(bin: string, outDir: string): string | null {
  const r = spawnSync(
    'cc',
    [...CFLAGS, '-o', join(outDir, bin), join(CODE_DIR, `${bin}.c`), join(CODE_DIR, 'common.c'), ...(LIBS[bin] ?? []), ...LDLIBS],
    { encoding: 'utf8' },
  );
  if (r.error) return String(r.error);
  return r.status === 0 ? null : `cc ${bin}.c failed:\n${r.stderr}`;
}

/** The RESULT line's fields, typed. */
interface Result {
  model: string;
  api: string;
  waitBlocked: boolean;
  copyBlocked: boolean;
  callsBeforeData: number;
  workUnits: number;
  bytes: number;
  /** the thread finished a unit of work after the datagram arrived: it was running, not asleep in a call */
  workingAtData: boolean;
  sleeps: number;
  dataAfterStart: boolean;
  waitUs: number;
  /** phase 2 alone, µs: the recvfrom that returned the datagram, timed by the program; null where none holds it alone */
  copyUs: number | null;
  /** the line as printed */
  line: string;
}

/** Parses `RESULT k=v …`; throws if a field is missing or malformed. */
function parseResult(line: string): Result {
  const f = Object.fromEntries([...line.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
  const bool = (k: string) => {
    if (f[k] !== 'true' && f[k] !== 'false') throw new Error(`RESULT has no boolean ${k}: ${line}`);
    return f[k] === 'true';
  };
  const int = (k: string) => {
    if (!/^-?\d+$/.test(f[k] ?? '')) throw new Error(`RESULT has no integer ${k}: ${line}`);
    return Number(f[k]);
  };
  if (!f.model || !f.api) throw new Error(`RESULT has no model or api: ${line}`);
  if (f.copy_us !== 'none' && !/^\d+(\.\d+)?$/.test(f.copy_us ?? '')) throw new Error(`RESULT has no copy_us: ${line}`);
  return {
    model: f.model,
    api: f.api,
    waitBlocked: bool('wait_blocked'),
    copyBlocked: bool('copy_blocked'),
    callsBeforeData: int('calls_before_data'),
    workUnits: int('work_units'),
    bytes: int('bytes'),
    workingAtData: bool('working_at_data'),
    sleeps: int('sleeps'),
    dataAfterStart: bool('data_after_start'),
    waitUs: int('wait_us'),
    copyUs: f.copy_us === 'none' ? null : Number(f.copy_us),
    line,
  };
}

/** What one run produced: the RESULT, or why the program skipped, and everything it printed. */
export interface Run {
  result: Result | null;
  /** the program's SKIP line (the kernel refused the interface), or null */
  skip: string | null;
  stdout: string;
  stderr: string;
  /** true when run() had to kill it */
  timedOut: boolean;
}

/** Runs `./BIN ARGS | ./sender` from binDir, under `strace -f -tt -T -s 8 -o straceFile` if given. */
export function run(p: Program, binDir: string, opts: { straceFile?: string; timeoutMs?: number } = {}): Promise<Run> {
  const bin = join(binDir, p.bin);
  const [cmd, args] = opts.straceFile
    ? ['strace', ['-f', '-tt', '-T', '-s', '8', '-o', opts.straceFile, bin, ...p.args]]
    : [bin, p.args];
  return new Promise((resolve, reject) => {
    const receiver = spawn(cmd, args as string[], { stdio: ['ignore', 'pipe', 'pipe'] });
    const sender = spawn(join(binDir, 'sender'), [], { stdio: [receiver.stdout, 'pipe', 'pipe'] });
    // The sender has its own copy of the pipe now; ours would only compete with it for the lines.
    receiver.stdout.destroy();
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let open = 2;
    receiver.stderr.on('data', (d) => (stderr += d));
    sender.stdout.on('data', (d) => (stdout += d));
    sender.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      receiver.kill('SIGKILL');
      sender.kill('SIGKILL');
    }, opts.timeoutMs ?? 8000);
    const done = () => {
      if (--open > 0) return;
      clearTimeout(timer);
      const resultLine = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      const skipLine = stdout.split('\n').find((l) => l.startsWith('SKIP '));
      try {
        resolve({ result: resultLine ? parseResult(resultLine) : null, skip: skipLine ?? null, stdout, stderr, timedOut });
      } catch (e) {
        reject(e);
      }
    };
    receiver.on('error', reject);
    sender.on('error', reject);
    receiver.on('close', done);
    sender.on('close', done);
  });
}

/** The code of a source file without comments and blank space, so a changed comment is not a changed program. */
function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short hash of the code (comments aside) a receiver is built from: its .c, common.c and common.h. */
export function sourceHash(bin: string): string {
  const h = createHash('sha256');
  for (const f of [`${bin}.c`, 'common.c', 'common.h']) h.update(codeOnly(readFileSync(join(CODE_DIR, f), 'utf8')));
  return h.digest('hex').slice(0, 16);
}
