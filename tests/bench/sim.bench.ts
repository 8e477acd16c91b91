/**
 * Benchmarks of the simulator: simulate per call for every model on the default scenario and on the largest
 * allowed one (A = 10,000, C = 1,000, P = 1, s = 1: ~20,000 events for nonblocking), and serveConnections
 * with 64 connections. It prints figures and asserts nothing. Run: `npx vitest bench --run`.
 * Vitest 5 benchmarks are the `bench` test-context fixture, only available in files matched by
 * benchmark.include (vitest.config.ts).
 * @see https://main.vitest.dev/guide/benchmarking
 */
import { test } from 'vitest';
import { DEFAULT_SCENARIO, MODELS, serveConnections, simulate, type ServeMode, type Trace } from '~/sim';

const LARGEST = { arrival: 10_000, copy: 1_000, pollEvery: 1, pollCost: 1 };
const OPTIONS = { time: 300, warmupTime: 100 };

// Keep results alive so the engine cannot drop the calls as dead code.
let sink: unknown;

/** Prints one line per benchmark: median and mean time per call in µs (the mean carries GC pauses). */
function report(title: string, rows: [string, { latency: { mean: number; p50: number; rme: number } }][]): void {
  const us = (ms: number) => (ms * 1000).toFixed(2).padStart(10);
  const lines = rows.map(([name, r]) =>
    `  ${name.padEnd(24)} median ${us(r.latency.p50)} µs  mean ${us(r.latency.mean)} µs ±${r.latency.rme.toFixed(1)}%`);
  console.log(`${title} (per call)\n${lines.join('\n')}`);
}

test('simulate, default scenario (A=10, C=2, P=3, s=1)', async ({ bench }) => {
  const storage = await bench.compare(
    ...MODELS.map((m) => bench(m, () => { sink = simulate(m, DEFAULT_SCENARIO); })),
    OPTIONS,
  );
  report('simulate, default scenario', MODELS.map((m) => [m, storage.get(m)]));
});

test('simulate, largest scenario (A=10000, C=1000, P=1, s=1)', async ({ bench }) => {
  const storage = await bench.compare(
    ...MODELS.map((m) => bench(m, () => { sink = simulate(m, LARGEST); })),
    OPTIONS,
  );
  report('simulate, largest scenario', MODELS.map((m) => [m, storage.get(m)]));
  sink = (sink as Trace).done;
});

test('serveConnections, 64 connections', async ({ bench }) => {
  // Deterministic spread: arrivals 0..9,999 in a scrambled order, so the two readiness modes must sort.
  const s = { arrivals: Array.from({ length: 64 }, (_, i) => (i * 7919) % 10_000), copy: 10, process: 20 };
  const modes: ServeMode[] = ['blocking', 'thread-per-connection', 'multiplexing'];
  const storage = await bench.compare(
    ...modes.map((mode) => bench(mode, () => { sink = serveConnections(mode, s); })),
    OPTIONS,
  );
  report('serveConnections, 64 connections', modes.map((m) => [m, storage.get(m)]));
});
