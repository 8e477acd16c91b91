/**
 * `npm run traces`: builds the programs of content/code into a temporary folder, runs each receiver with
 * the sender under `strace -f -tt -T`, reduces the output to the application's system-call sequence
 * (src/code/strace.ts says how) and stores it as content/traces/NAME.txt, which the model pages show.
 * Needs Linux, cc and strace (Debian: apt-get install gcc libc6-dev strace liburing-dev).
 * `npm run traces -- select aio` records only those. epoll-lab and many-sockets run alone
 * (src/code/epoll-programs.ts): epoll-lab under strace like the others, many-sockets without it, its output
 * stored as content/traces/many-sockets.txt.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BINARIES, compile, PROGRAMS, run, sourceHash, toolchain, TRACE_DIR } from '../src/code/programs.ts';
import { BENCH_FILE, LAB_TRACE_ARGS, parseLab, runAlone } from '../src/code/epoll-programs.ts';
import { parseBench } from '../src/code/bench-format.ts';
import { reduceStrace } from '../src/code/strace.ts';
import { formatTraceLine } from '../src/code/trace-format.ts';

/** `a ×2, b` from counts by name. */
function counts(byName) {
  return Object.entries(byName)
    .sort((a, b) => b[1] - a[1])
    .map(([n, c]) => (c > 1 ? `${n} ×${c}` : n))
    .join(', ') || 'none';
}

/** The glibc version, from ldd. */
function glibc() {
  const out = spawnSync('ldd', ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return /(\d+\.\d+)\s*$/m.exec(out.split('\n')[0] ?? '')?.[1] ?? 'unknown';
}

/** Writes content/traces/NAME.txt: the header of one recorded run, then its reduced calls. */
function store(name, program, bin, result, reduced) {
  const header = [
    `# program: ${program}`,
    '# command: strace -f -tt -T -s 8',
    `# kernel: ${kernel}`,
    `# glibc: ${libc}`,
    `# date: ${new Date().toISOString().slice(0, 10)}`,
    `# source: ${bin}.c common.c common.h`,
    `# code-hash: ${sourceHash(bin)}`,
    `# result: ${result}`,
    `# omitted-harness: ${counts(reduced.harness)}`,
    `# omitted-bookkeeping: ${counts(reduced.bookkeeping)}`,
    '# times: seconds since the first kept call; <…> is the time inside the call; ×N folds N equal calls',
  ];
  writeFileSync(join(TRACE_DIR, `${name}.txt`), [...header, ...reduced.lines.map(formatTraceLine), ''].join('\n'));
}

const tools = toolchain();
if (tools.skip) {
  console.error(`traces: ${tools.skip}`);
  process.exit(1);
}
if (spawnSync('strace', ['-V']).status !== 0) {
  console.error('traces: strace is not installed (Debian: apt-get install strace)');
  process.exit(1);
}

const only = process.argv.slice(2);
const chosen = PROGRAMS.filter((p) => !only.length || only.includes(p.name));
const dir = mkdtempSync(join(tmpdir(), 'io-models-traces-'));
mkdirSync(TRACE_DIR, { recursive: true });
const kernel = spawnSync('uname', ['-r'], { encoding: 'utf8' }).stdout.trim();
const libc = glibc();
let failed = 0;
try {
  for (const bin of BINARIES) {
    if (bin === 'io-uring' && !tools.liburing) continue;
    const err = compile(bin, dir);
    if (err) throw new Error(err);
  }
  for (const p of chosen) {
    if (p.bin === 'io-uring' && !tools.liburing) {
      console.error(`${p.name}: skipped, liburing is not installed (Debian: liburing-dev)`);
      continue;
    }
    const straceFile = join(dir, `${p.name}.strace`);
    const r = await run(p, dir, { straceFile, timeoutMs: 20_000 });
    if (!r.result) {
      console.error(`${p.name}: no RESULT line${r.skip ? ` (${r.skip})` : ''}\n${r.stdout}${r.stderr}`);
      failed++;
      continue;
    }
    const reduced = reduceStrace(readFileSync(straceFile, 'utf8'));
    store(p.name, `./${[p.bin, ...p.args].join(' ')} | ./sender`, p.bin, r.result.line.replace(/^RESULT /, ''), reduced);
    const calls = reduced.lines.map((l) => (l.kind === 'call' ? l.name + (l.count > 1 ? `×${l.count}` : '') : l.kind === 'signal' ? l.name : `#${l.name}`));
    console.log(`${p.name}: ${calls.join(' ')}`);
  }
  // epoll-lab runs alone (src/code/epoll-programs.ts): the epoll(7) example, level- then edge-triggered.
  if (!only.length || only.includes('epoll-lab')) {
    const err = compile('epoll-lab', dir);
    if (err) throw new Error(err);
    const straceFile = join(dir, 'epoll-lab.strace');
    const r = runAlone('epoll-lab', LAB_TRACE_ARGS, dir, { straceFile, timeoutMs: 20_000 });
    const labs = parseLab(r.stdout).labs;
    if (r.status !== 0 || labs.length !== LAB_TRACE_ARGS.length) throw new Error(`epoll-lab failed:\n${r.stdout}${r.stderr}`);
    const result = labs.map((l) => `${l.scenario} reported_again=${l.reportedAgain} buffered=${l.buffered} after_new_data=${l.afterNewData}`).join('; ');
    store('epoll-lab', `./epoll-lab ${LAB_TRACE_ARGS.join(' ')}`, 'epoll-lab', result, reduceStrace(readFileSync(straceFile, 'utf8')));
    console.log(`epoll-lab: ${result}`);
  }
  // many-sockets is stored as it prints, run without strace: a tracer's stops would be what it measures.
  if (!only.length || only.includes('many-sockets')) {
    const err = compile('many-sockets', dir);
    if (err) throw new Error(err);
    const r = runAlone('many-sockets', [], dir, { timeoutMs: 120_000 });
    if (r.status !== 0 || !parseBench(r.stdout).rows.length) throw new Error(`many-sockets failed:\n${r.stdout}${r.stderr}`);
    const header = [
      '# program: ./many-sockets',
      `# glibc: ${libc}`,
      `# date: ${new Date().toISOString().slice(0, 10)}`,
      '# source: many-sockets.c common.c common.h',
      `# code-hash: ${sourceHash('many-sockets')}`,
      '# beside it on the pages: src/code/kerrisk-2006.ts (Kerrisk, linux.conf.au 2006)',
    ];
    writeFileSync(BENCH_FILE, [...header, r.stdout.trimEnd(), ''].join('\n'));
    console.log(`many-sockets:\n${r.stdout}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
