/**
 * The figure's drag handles: the datagram's arrival (A) on the kernel lane, and the nonblocking process's poll
 * spacing (P) at its second poll on the application lane. Pure: SVG units and ticks in, ticks out. Invariants: a
 * handle sits at the top of its tick (the tick's y); a pointer picks the nearest tick; every value is clamped to
 * the bounds the island gives (the sliders' DEMO_BOUNDS), so a drag never asks for a scenario the sliders could
 * not set.
 */
import type { TraceEvent } from '~/sim/types';

/** Inclusive integer bounds of a handle's value. */
export interface HandleRange { min: number; max: number }

/** The tick nearest to `y` (SVG units) in a figure whose lanes start at `top` with `tick` units a tick, within `range`. */
export function tickAtY(y: number, top: number, tick: number, range: HandleRange): number {
  const t = tick > 0 && Number.isFinite(y) ? Math.round((y - top) / tick) : range.min;
  return Math.min(range.max, Math.max(range.min, t));
}

/** The value a key moves a vertical handle to: ↓ one tick later, ↑ one earlier, within `range`; undefined for other keys. */
export function tickAfterKey(key: string, value: number, range: HandleRange): number | undefined {
  const step = key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : 0;
  return step ? Math.min(range.max, Math.max(range.min, value + step)) : undefined;
}

/** Where the handles of a run sit: A at its 'datagram ready' event, P at the second poll's call (if there is one). */
export function handleTicks(events: TraceEvent[]): { arrival?: number; poll?: number } {
  const arrival = events.find((e) => e.label === 'datagram ready')?.t;
  const calls = events.filter((e) => e.label === 'recvfrom');
  return { arrival, poll: calls.length > 1 ? calls[1]!.t : undefined };
}
