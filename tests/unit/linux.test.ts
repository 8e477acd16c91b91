/**
 * Real Linux beside the simulation: the C programs of content/code compile with every warning an error,
 * run with the sender on 127.0.0.1, and report the phase blocking that the simulator gives their model
 * (phaseVerdict, Stevens' Figure 6.6; tests/built checks that the summary table on the site says the same);
 * the stored traces still show the calls the pages talk about. Without Linux or a C compiler the program
 * tests skip, saying why. The checks are yes/no facts and counts, never timings, so a loaded machine cannot
 * fail them. The pages' excerpts and trace panels are checked on the built site (tests/built).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BINARIES, compile, PROGRAMS, run, sourceHash, toolchain, TRACE_DIR, type Run } from '~/code/programs';
import { formatTraceLine, parseTrace, parseTraceLine } from '~/code/trace-format';
import { DEFAULT_SCENARIO, simulate } from '~/sim/index';
import { phaseVerdict } from '~/sim/inspect';

const tools = toolchain();

// Compile once, then run the programs one after another (Vitest runs a file's tests in order): each waits
// ~200 ms for its datagram, all of them ~3 s.
describe.skipIf(!!tools.skip)(`the C programs agree with Figure 6.6${tools.skip ? ` (skipped: ${tools.skip})` : ''}`, () => {
  let binDir = '';
  let compileError: string | null = null;

  beforeAll(() => {
    binDir = mkdtempSync(join(tmpdir(), 'io-models-c-'));
    for (const bin of BINARIES) {
      if (bin === 'io-uring' && !tools.liburing) continue;
      compileError ??= compile(bin, binDir);
    }
  });

  afterAll(() => {
    if (binDir) rmSync(binDir, { recursive: true, force: true });
  });

  it('every program compiles with -Wall -Wextra -Werror', () => {
    expect(compileError).toBeNull();
  });

  for (const p of PROGRAMS) {
    it(`${p.name}: ./${[p.bin, ...p.args].join(' ')} | ./sender reports its model's phases`, async (ctx) => {
      if (p.bin === 'io-uring' && !tools.liburing) ctx.skip('liburing is not installed (Debian: liburing-dev)');
      expect(compileError).toBeNull();

      // A run whose datagram came before the operation started measured nothing (a very loaded machine
      // descheduled the program for 200 ms): it says so (data_after_start=false) and is run again.
      let r: Run | undefined;
      for (let attempt = 0; attempt < 3; attempt++) {
        r = await run(p, binDir, { timeoutMs: 8000 });
        if (!r.result?.dataAfterStart) continue;
        break;
      }
      if (r?.skip) ctx.skip(`the kernel refused the interface: ${r.skip}`);
      expect(r!.timedOut, `${p.name} did not finish:\n${r!.stdout}${r!.stderr}`).toBe(false);
      const res = r!.result;
      expect(res, `no RESULT line:\n${r!.stdout}${r!.stderr}`).not.toBeNull();

      expect(res!.model).toBe(p.model);
      expect(res!.api).toBe(p.api);
      expect(res!.bytes).toBe(65000);
      expect(res!.dataAfterStart, 'the datagram arrived after the operation started').toBe(true);
      const sim = simulate(p.model, DEFAULT_SCENARIO);
      const row = phaseVerdict(sim);
      const expected = p.departs ?? row;
      expect({ wait: res!.waitBlocked, copy: res!.copyBlocked }, res!.line).toEqual(expected);
      // Native AIO is listed because Linux departs from the asynchronous row: check that it still does.
      if (p.departs) expect({ wait: res!.waitBlocked, copy: res!.copyBlocked }).not.toEqual(row);

      // The kernel's own count agrees: a thread reported blocked while waiting really went to sleep.
      if (res!.waitBlocked) expect(res!.sleeps, 'voluntary context switches while waiting').toBeGreaterThan(0);
      // Counts, not timings: a polling process failed at least once; the other models make the calls
      // Stevens draws (the simulator's count); a process not blocked while waiting did work meanwhile.
      if (p.model === 'nonblocking') expect(res!.callsBeforeData).toBeGreaterThan(0);
      else expect(res!.callsBeforeData).toBe(sim.stats.syscallsBeforeData);
      if (expected.wait) expect(res!.workUnits).toBe(0);
      else expect(res!.workUnits).toBeGreaterThan(0);
    });
  }
});

/** The stored trace NAME, parsed. */
function trace(name: string) {
  return parseTrace(readFileSync(join(TRACE_DIR, `${name}.txt`), 'utf8'));
}

/** The kept calls of a trace as `name` strings, `=RESULT` appended, signals as `--- SIG ---`. */
function calls(name: string): string[] {
  return trace(name).lines.map((l) => (l.kind === 'signal' ? `--- ${l.name} ---` : l.kind === 'marker' ? `# ${l.name}` : `${l.name}=${l.result}`));
}

// What the pages (and src/i18n/linux.ts) say each trace shows; each is a regular expression over calls().
const TALKED_ABOUT: Record<string, RegExp[]> = {
  blocking: [/^recvfrom=65000$/],
  nonblocking: [/^fcntl=0$/, /^recvfrom=-1 EAGAIN/, /^recvfrom=65000$/],
  select: [/^pselect6=1\b/, /^recvfrom=65000$/],
  poll: [/^poll=1/, /^recvfrom=65000$/],
  'epoll-lt': [/^epoll_create1=/, /^epoll_ctl=0$/, /^epoll_wait=1$/, /^recvfrom=65000$/],
  'epoll-et': [/^epoll_wait=1$/, /^recvfrom=65000$/, /^recvfrom=-1 EAGAIN/],
  'signal-driven': [/^rt_sigaction=0$/, /^fcntl=0$/, /^--- SIGIO ---$/, /^recvfrom=65000$/, /^recvfrom=-1 EAGAIN/, /^rt_sigreturn=/],
  aio: [/^clone3=\d+$/, /^pread64=-1 ESPIPE/, /^read=65000$/, /^rt_sigqueueinfo=0$/],
  'io-uring': [/^io_uring_setup=\d+$/, /^io_uring_enter=1$/],
  'native-aio': [/^io_submit=1$/, /^io_getevents=1$/],
};

describe('the stored traces still show what the pages say', () => {
  for (const [name, patterns] of Object.entries(TALKED_ABOUT)) {
    it(`content/traces/${name}.txt`, () => {
      const t = trace(name);
      const seq = calls(name);
      for (const re of patterns) expect(seq.some((c) => re.test(c)), `${re} in ${seq.join(' ')}`).toBe(true);
      // A trace recorded from other code is stale: `npm run traces` records it again.
      const p = PROGRAMS.find((x) => x.name === name)!;
      expect(t.meta['code-hash'], `${name}.txt was recorded from other code: run npm run traces`).toBe(sourceHash(p.bin));
      // The program's verdict stored with the trace is the one the tests demand of a live run.
      expect(t.meta.result).toMatch(/wait_blocked=(true|false) copy_blocked=(true|false)/);
    });
  }

  it('every stored line reads back as it was written', () => {
    for (const name of Object.keys(TALKED_ABOUT)) {
      const lines = readFileSync(join(TRACE_DIR, `${name}.txt`), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
      for (const line of lines) expect(formatTraceLine(parseTraceLine(line)), name).toBe(line);
    }
  });

  it('each trace holds the order the pages describe', () => {
    const where = (name: string, re: RegExp) => calls(name).findIndex((c) => re.test(c));
    // select is pselect6, and the copy comes after it.
    expect(where('select', /^pselect6=/)).toBeLessThan(where('select', /^recvfrom=65000$/));
    // signal-driven: the three set-up calls, then nothing but the signal and the handler's calls.
    const sig = calls('signal-driven');
    const listen = sig.indexOf('# LISTEN');
    expect(sig.slice(listen + 1)).toEqual(['--- SIGIO ---', 'recvfrom=65000', expect.stringMatching(/^recvfrom=-1 EAGAIN/), expect.stringMatching(/^rt_sigreturn=/)]);
    // aio: the helper thread reads and signals; the main thread makes no call between clone3 and the signal.
    const aio = trace('aio').lines;
    const read = aio.find((l) => l.name === 'read')!;
    expect(read.thread).not.toBe('main');
    expect(aio.find((l) => l.name === 'rt_sigqueueinfo')!.thread).toBe(read.thread);
    const clone = aio.findIndex((l) => l.name === 'clone3');
    const signal = aio.findIndex((l) => l.kind === 'signal');
    expect(aio.slice(clone + 1, signal).filter((l) => l.thread === 'main' && l.kind === 'call')).toEqual([]);
    // io_uring: exactly one io_uring_enter, and after the sender is told, no call but the ring's close.
    const uring = calls('io-uring');
    expect(uring.filter((c) => c.startsWith('io_uring_enter='))).toHaveLength(1);
    expect(uring.slice(uring.indexOf('# LISTEN') + 1).every((c) => c.startsWith('close='))).toBe(true);
    // native AIO: io_submit is where the process spends the wait (the longest call of the run).
    const native = trace('native-aio').lines.filter((l) => l.kind === 'call');
    const longest = native.reduce((a, b) => ((b.dur ?? 0) > (a.dur ?? 0) ? b : a));
    expect(longest.name).toBe('io_submit');
  });
});
