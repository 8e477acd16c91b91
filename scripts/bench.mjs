/**
 * `npm run bench`: builds the site (timed), then prints every figure the project measures: simulator
 * speed (Vitest bench), bytes per page, the demos' JavaScript and longest task, the time from a first touch of
 * a demo's Play to its playing on a slowed phone, the embeds' sizes, a
 * learner's walk and each model page at load on a phone beside the targets (alone, on a built
 * site: `npm run bench:walk`), and Lighthouse scores. Prints; asserts nothing (byte ceilings are asserted in tests/built/budgets.test.ts).
 */
import { execSync } from 'node:child_process';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd) => execSync(cmd, { stdio: 'inherit', env });
const timed = (label, cmd) => {
  const t0 = performance.now();
  run(cmd);
  return `${label} ${((performance.now() - t0) / 1000).toFixed(1)} s`;
};

const build = [
  timed('astro build', 'npx astro build --silent'),
  timed('custom element (vite)', 'npx vite build -c src/embed/build-element.ts --logLevel warn'),
  timed('pagefind', 'npx pagefind --site dist --silent'),
];
console.log(`\nBuild: ${build.join(', ')}\n`);

run('npx vitest bench --run');
run('node scripts/bench-pages.mjs');
run('node scripts/bench-demos.mjs');
run('node scripts/bench-touch.mjs');
run('node scripts/bench-embed.mjs');
run('node scripts/bench-walk.mjs');
run('node scripts/bench-lighthouse.mjs');
