/**
 * Real Linux beside the epoll lab and the price of many sockets: content/code/epoll-lab.c,
 * content/code/many-sockets.c and content/code/fd-setsize.c compile with every warning an error and run on
 * this machine (a socketpair, and UDP on 127.0.0.1). epoll-lab's facts are yes/no answers and byte counts, decided without a clock (every
 * epoll_wait has timeout 0; a write on a socketpair is queued and reported when it returns), and the
 * simulator must give the same answer for each of the 32 scenarios the program runs. The benchmark is held
 * to its shape only, never to a time: from 10 to 10,000 descriptors epoll's median wait grows less than 3×
 * and poll's more than 30× (linear growth would be 1,000×). Each program runs once (the benchmark again only
 * if its shape fails, as two busy cores can spoil one run); together about a second. The stored trace and
 * the stored benchmark run must come from the current code. Without Linux or a C compiler the program tests
 * skip, saying why.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALONE, BENCH_FILE, LAB_TRACE_ARGS, parseLab, runAlone } from '~/code/epoll-programs';
import { parseBench, type BenchRow } from '~/code/bench-format';
import { CFLAGS, compile, sourceHash, toolchain, TRACE_DIR } from '~/code/programs';
import { formatTraceLine, parseTrace, parseTraceLine } from '~/code/trace-format';
import { DEFAULT_LAB, FD_SETSIZE, labVerdict, simulateLab, type LabScenario, type LabVerdict } from '~/sim';

const tools = toolchain();

/** `et+drain+oneshot` as the simulator's scenario, with the program's sizes (2 packets of 1 kB, reads of 1 kB). */
function labScenario(name: string): LabScenario {
  const [mode, ...flags] = name.split('+');
  return {
    ...DEFAULT_LAB, mode: mode as 'lt' | 'et', packets: 2, packetBytes: 1024, readSize: 1024,
    drain: flags.includes('drain'), blocking: flags.includes('blocking'), oneshot: flags.includes('oneshot'), rearm: flags.includes('rearm'),
  };
}

/** The simulator's verdict on a named scenario. */
function sim(name: string): LabVerdict {
  return labVerdict(simulateLab(labScenario(name)));
}

/** 1 or 0, as the program prints a yes or no. */
const bit = (b: boolean | null) => (b ? 1 : 0);

// Each fact the program prints, and what the simulator says of the same scenario.
const FACTS: Record<string, () => number> = {
  ready_once: () => sim('lt').firstWaitEvents,
  lt_after_partial_read: () => bit(sim('lt').reportedAgain),
  et_after_partial_read: () => bit(sim('et').reportedAgain),
  et_buffered_while_silent: () => sim('et').bufferedAtSecondWait!,
  et_after_drain_and_write: () => bit(sim('et+drain').reportedAgain === false && sim('et+drain').reportedAfterNewData === true),
  blocking_drain_hangs: () => bit(sim('et+drain+blocking').hung),
  et_mod_reports_buffered: () => bit(sim('et+rearm').reportedAgain),
  oneshot_first: () => bit(sim('lt+oneshot').firstWaitEvents === 1),
  oneshot_after_partial_read: () => bit(sim('lt+oneshot').reportedAgain),
  oneshot_after_write: () => bit(sim('lt+oneshot').reportedAfterNewData),
  oneshot_after_mod: () => bit(sim('lt+oneshot+rearm').reportedAgain),
};

/** The growth of each interface's median wait from the smallest N to the largest, and the thresholds for it. */
function shape(rows: BenchRow[]): { nMax: number; epoll: number; poll: number; pollMin: number } {
  const first = rows[0]!;
  const last = rows.at(-1)!;
  // 30× over 10 → 10,000 is 3% of linear growth (1,000×); a smaller largest N asks the same 3% of its ratio.
  const pollMin = 30 * (last.n / first.n) / 1000;
  return { nMax: last.n, epoll: last.epoll / first.epoll, poll: last.poll / first.poll, pollMin };
}

describe.skipIf(!!tools.skip)(`epoll-lab, fd-setsize and many-sockets on this machine${tools.skip ? ` (skipped: ${tools.skip})` : ''}`, () => {
  let binDir = '';
  const errors: Record<string, string | null> = {};

  beforeAll(() => {
    binDir = mkdtempSync(join(tmpdir(), 'io-models-epoll-'));
    for (const bin of ALONE) errors[bin] = compile(bin, binDir);
  });

  afterAll(() => {
    if (binDir) rmSync(binDir, { recursive: true, force: true });
  });

  it(`both compile with ${CFLAGS.join(' ')}`, () => {
    expect(errors).toEqual({ 'epoll-lab': null, 'many-sockets': null, 'fd-setsize': null });
  });

  describe('epoll-lab', () => {
    let out: ReturnType<typeof parseLab> = { labs: [], facts: {} };
    let printed = '';

    beforeAll(() => {
      if (errors['epoll-lab']) return;
      const r = runAlone('epoll-lab', [], binDir, { timeoutMs: 10_000 });
      printed = r.stdout + r.stderr;
      if (r.status === 0) out = parseLab(r.stdout);
    });

    it('holds every fact of the lab', () => {
      expect(out.facts, printed).toEqual({
        ready_once: 1,
        lt_after_partial_read: 1,
        et_after_partial_read: 0,
        et_buffered_while_silent: 1024,
        et_after_drain_and_write: 1,
        blocking_drain_hangs: 1,
        et_mod_reports_buffered: 1,
        oneshot_first: 1,
        oneshot_after_partial_read: 0,
        oneshot_after_write: 0,
        oneshot_after_mod: 1,
      });
    });

    it('the simulator gives each fact the program printed', () => {
      const fromSim = Object.fromEntries(Object.entries(FACTS).map(([k, f]) => [k, f()]));
      expect(fromSim).toEqual(out.facts);
    });

    it('the simulator agrees with Linux on every one of the 32 scenarios', () => {
      expect(out.labs, printed).toHaveLength(32);
      for (const l of out.labs) {
        const reached = l.reportedAgain >= 0;
        const linux: LabVerdict = {
          firstWaitEvents: l.firstWaitEvents,
          reportedAgain: reached ? l.reportedAgain > 0 : null,
          bufferedAtSecondWait: reached ? l.buffered : null,
          reportedAfterNewData: l.afterNewData >= 0 ? l.afterNewData > 0 : null,
          hung: l.hung === 1,
        };
        expect(sim(l.scenario), l.scenario).toEqual(linux);
      }
    });
  });

  it("FD_SETSIZE is 1024 in the headers, as the simulator says; FD_SET of 1023 works, of 1024 aborts under glibc's _FORTIFY_SOURCE", () => {
    expect(errors['fd-setsize']).toBeNull();
    const last = runAlone('fd-setsize', ['1023'], binDir);
    expect(last.stdout).toBe('fd_setsize=1024\nfd_set=1023\n');
    expect(FD_SETSIZE).toBe(1024);
    const past = runAlone('fd-setsize', ['1024'], binDir);
    expect(past.stdout).toBe('fd_setsize=1024\n');
    expect(past.signal, past.stderr).toBe('SIGABRT');
    expect(past.stderr).toMatch(/FD_SETSIZE|buffer overflow/);
  });

  it('many-sockets: from 10 to 10,000 descriptors epoll grows less than 3×, poll more than 30×; select stops at FD_SETSIZE', () => {
    expect(errors['many-sockets']).toBeNull();
    let last = '';
    for (let attempt = 0; attempt < 2; attempt++) {
      const r = runAlone('many-sockets', ['--quick'], binDir, { timeoutMs: 60_000 });
      last = r.stdout + r.stderr;
      expect(r.status, last).toBe(0);
      const { rows, skips } = parseBench(r.stdout);
      // N = 10 and 100 always fit (the soft limit alone is 1024 or more); larger ones only under the hard limit.
      expect(rows.map((x) => x.n).slice(0, 2), last).toEqual([10, 100]);
      expect(rows.length + skips.length).toBe(4);
      for (const row of rows) expect(row.select === null, `select at N=${row.n}`).toBe(row.n > FD_SETSIZE);
      const s = shape(rows);
      if (s.epoll < 3 && s.poll > s.pollMin) return;
    }
    expect.fail(`the shape did not hold twice:\n${last}`);
  });
});

describe('the stored runs come from the current code and show what the pages will say', () => {
  it('content/traces/epoll-lab.txt: level-triggered reports again after the partial read, edge-triggered returns 0', () => {
    const text = readFileSync(join(TRACE_DIR, 'epoll-lab.txt'), 'utf8');
    const t = parseTrace(text);
    expect(t.meta['code-hash'], 'recorded from other code: npm run traces -- epoll-lab').toBe(sourceHash('epoll-lab'));
    expect(t.meta.program).toBe(`./epoll-lab ${LAB_TRACE_ARGS.join(' ')}`);
    const calls = t.lines.map((l) => `${l.name}=${l.result}`);
    const runs = [calls.indexOf('socketpair=0'), calls.lastIndexOf('socketpair=0')];
    expect(runs[0]).toBeLessThan(runs[1]!);
    const [lt, et] = [calls.slice(runs[0], runs[1]), calls.slice(runs[1])];
    const waits = (xs: string[]) => xs.filter((c) => c.startsWith('epoll_wait=') || c.startsWith('read=')).map((c) => c.replace(/^epoll_wait=/, 'wait '));
    expect(waits(lt)).toEqual(['wait 1', 'read=1024', 'wait 1', 'wait 1']);
    expect(waits(et)).toEqual(['wait 1', 'read=1024', 'wait 0', 'wait 1']);
    expect(t.lines.filter((l) => l.name === 'epoll_ctl').map((l) => /events=([\w|]+)/.exec(l.text)?.[1])).toEqual(['EPOLLIN', 'EPOLLIN|EPOLLET']);
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) expect(formatTraceLine(parseTraceLine(line))).toBe(line);
  });

  it(`${BENCH_FILE}: the current code's run, naming kernel and CPU, with the shape the test demands`, () => {
    const { rows, meta } = parseBench(readFileSync(BENCH_FILE, 'utf8'));
    expect(meta['code-hash'], 'recorded from other code: npm run traces -- many-sockets').toBe(sourceHash('many-sockets'));
    expect(meta.kernel).toMatch(/^\d+\.\d+/);
    expect(meta.cpu).toMatch(/\w/);
    expect(meta.loadavg).toMatch(/^\d/);
    expect(rows.map((r) => r.n)).toEqual([10, 100, 1000, 10000]);
    const s = shape(rows);
    expect(s.epoll).toBeLessThan(3);
    expect(s.poll).toBeGreaterThan(s.pollMin);
  });
});
