/**
 * `npm run copy-time [-- RUNS]`: measures phase 2 without a tracer. Builds the programs of content/code,
 * runs each one that times its own copying recvfrom (copy_us of its RESULT line; src/code/programs.ts,
 * timesCopy) RUNS times (5) with the sender, and prints copy_us per program and over all runs: the
 * middle 80 % of all runs (10th to 90th percentile) is the range src/code/measured.ts quotes. One run at a time; each takes about 0.2 s. Needs Linux and cc.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BINARIES, compile, PROGRAMS, run, toolchain } from '../src/code/programs.ts';

const tools = toolchain();
if (tools.skip) {
  console.error(`copy-time: ${tools.skip}`);
  process.exit(1);
}
const runs = Number(process.argv[2] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'io-models-copy-'));
/** `p10–p90 µs (min, median, max; n runs)` of numbers: the middle 80 % is the range the pages quote. */
const span = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return `${at(0.1)}–${at(0.9)} µs (min ${s[0]}, median ${at(0.5)}, max ${s.at(-1)}; ${s.length} runs)`;
};
try {
  for (const bin of BINARIES) {
    if (bin === 'io-uring' && !tools.liburing) continue;
    const err = compile(bin, dir);
    if (err) throw new Error(err);
  }
  const all = [];
  for (const p of PROGRAMS.filter((x) => x.timesCopy)) {
    const got = [];
    for (let i = 0; i < runs; i++) {
      const r = await run(p, dir);
      if (r.result?.dataAfterStart && r.result.copyUs !== null) got.push(r.result.copyUs);
    }
    all.push(...got);
    console.log(`${p.name}: ${got.length ? span(got) : 'no measurement'}`);
  }
  const kernel = spawnSync('uname', ['-r'], { encoding: 'utf8' }).stdout.trim();
  console.log(`all, Linux ${kernel}: ${all.length ? span(all) : 'no measurement'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
