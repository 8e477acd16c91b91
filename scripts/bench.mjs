/**
 * `npm run bench`: builds the site (timed), then prints every figure the project measures: simulator
 * speed (Vitest bench), bytes per page, and the demos' own figures. Prints; asserts nothing.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

const t0 = performance.now();
run('npx astro build --silent');
const t1 = performance.now();
run('npx pagefind --site dist --silent');
const t2 = performance.now();
console.log(`\nBuild: astro ${((t1 - t0) / 1000).toFixed(1)} s, pagefind ${((t2 - t1) / 1000).toFixed(1)} s\n`);

if (existsSync('tests/bench')) run('npx vitest bench --run');
run('node scripts/bench-pages.mjs');
if (existsSync('scripts/bench-demos.mjs')) run('node scripts/bench-demos.mjs');
run('node scripts/bench-lighthouse.mjs');
