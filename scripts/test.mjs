/**
 * `npm test`: every check, in tiers, each waiting only for what it needs.
 *   static  type checks, lint, unit tests (tests/unit: simulator, layout, narration, player, the C programs)
 *   build   the site at the root and under a base path, each with the network cut off (scripts/offline.mjs)
 *   built   tests/built: everything fixed once built, read from dist/ and dist-base/ (no browser)
 *   browser tests/e2e: behaviour only, in Chromium against the built site
 * Two lanes run side by side, neither needing the other: the static tier, and the builds followed by the built
 * and browser tiers. A step's output is printed when it ends (the browser's as it goes); the first failure stops
 * the run.
 * At the end, each step's and each tier's wall time. `node scripts/test.mjs --only browser` (or static,
 * build, built) runs one tier; the browser and built tiers need a build in dist/ and dist-base/.
 * Where neither Debian's Chromium (/usr/bin/chromium) nor Playwright's own browser is installed, the browser
 * tier first runs Playwright's installer, so a fresh clone needs no third command.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const TIERS = ['static', 'build', 'built', 'browser'];
if (only && !TIERS.includes(only)) {
  console.error(`usage: node scripts/test.mjs [--only ${TIERS.join('|')}]`);
  process.exit(2);
}

/** [tier, step name, command] in the order a lane runs them. */
const LANES = {
  static: [
    ['static', 'types', 'npm run check'],
    ['static', 'lint', 'npm run lint'],
    ['static', 'unit', 'npm run test:unit'],
  ],
  build: [
    ['build', 'build', 'node scripts/offline.mjs npm run build'],
    ['build', 'build (base path)', 'node scripts/offline.mjs npm run build:base'],
  ],
  after: [
    ['built', 'built output', 'npm run test:built'],
    ['browser', 'browser', 'npm run test:e2e'],
  ],
};

const times = [];
const children = new Set();

/** Runs one step; its output is streamed when `stream`, else kept and printed when it ends. */
function step([tier, name, command], stream) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, { shell: true, stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    children.add(child);
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    child.on('close', (code, signal) => {
      children.delete(child);
      const s = Number(process.hrtime.bigint() - start) / 1e9;
      times.push({ tier, name, s });
      if (!stream) process.stdout.write(`\n── ${name} (${command}) ──\n${out}`);
      console.log(`── ${name}: ${code === 0 ? 'ok' : `FAILED (${signal ?? `exit ${code}`})`} in ${s.toFixed(1)} s`);
      resolve(code === 0);
    });
  });
}

/** Runs a lane's steps one after another; false at the first that fails. */
async function lane(steps, stream = false) {
  for (const s of steps) if (!(await step(s, stream))) return false;
  return true;
}

function fail() {
  for (const c of children) c.kill('SIGTERM');
  report();
  process.exit(1);
}

function report() {
  if (!times.length) return;
  console.log('\nTime per step (wall clock):');
  for (const t of times) console.log(`  ${t.tier.padEnd(8)} ${t.name.padEnd(20)} ${t.s.toFixed(1).padStart(7)} s`);
  const tiers = [...new Set(times.map((t) => t.tier))];
  console.log('Time per tier (the static tier runs beside the other three):');
  for (const tier of tiers) {
    const sum = times.filter((t) => t.tier === tier).reduce((n, t) => n + t.s, 0);
    console.log(`  ${tier.padEnd(8)} ${sum.toFixed(1).padStart(7)} s`);
  }
  console.log(`  ${'total'.padEnd(8)} ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1).padStart(7)} s`);
}

/** Debian's Chromium, else Playwright's own browser; runs Playwright's installer when neither is there. */
function ensureBrowser() {
  if (existsSync('/usr/bin/chromium')) return true;
  // Where Playwright keeps the browsers it would run (ffmpeg, for videos, is not needed).
  const probe = spawnSync('npx', ['playwright', 'install', '--dry-run', 'chromium'], { encoding: 'utf8' });
  const dirs = [...(probe.stdout ?? '').matchAll(/Install location:\s+(\S+)/g)].map((m) => m[1]).filter((d) => !/ffmpeg/.test(d));
  if (dirs.length && dirs.every((d) => existsSync(d))) return true;
  console.log('No Chromium found (neither /usr/bin/chromium nor Playwright\'s own): running `npx playwright install chromium`.');
  return spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' }).status === 0;
}

const t0 = process.hrtime.bigint();
const pick = (steps) => steps.filter(([tier]) => !only || tier === only);
/** The builds, then the tiers that read them: the built output, then the browser (its output streamed). */
async function built() {
  if (!(await lane(pick(LANES.build)))) return false;
  for (const s of pick(LANES.after)) {
    if (s[0] === 'browser' && !ensureBrowser()) return false;
    if (!(await step(s, true))) return false;
  }
  return true;
}
// Side by side: the static tier needs no build, and nothing after the build needs the static tier. The first lane
// to fail stops the other (fail() exits).
await Promise.all([lane(pick(LANES.static)).then((ok) => ok || fail()), built().then((ok) => ok || fail())]);
report();
