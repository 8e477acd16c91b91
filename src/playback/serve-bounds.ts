/**
 * The serve demo's bounds (components/islands/ServeIsland.svelte): inside the simulator's LIMITS.serve, so that
 * the demo may run serveValid (src/sim/serve.ts) without its checks, and small enough for a figure that fits.
 * A file of its own, imported by the serve demo alone, so no other demo loads it.
 */
import { LIMITS, type Range } from '~/sim/limits';

export const SERVE_BOUNDS = {
  connections: { min: Math.max(LIMITS.serve.connections.min, 1), max: Math.min(LIMITS.serve.connections.max, 6) },
  arrival: { min: Math.max(LIMITS.serve.arrival.min, 0), max: Math.min(LIMITS.serve.arrival.max, 20) },
  copy: { min: Math.max(LIMITS.serve.copy.min, 1), max: Math.min(LIMITS.serve.copy.max, 5) },
  process: { min: Math.max(LIMITS.serve.process.min, 0), max: Math.min(LIMITS.serve.process.max, 5) },
} as const satisfies Record<string, Range>;
