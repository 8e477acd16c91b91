/**
 * The playback state every timeline island shares: a cursor, a status and a speed, moved along a Track.
 * Invariants: idle shows the complete figure (the cursor at the end, exactly as the server drew it);
 * Play or Next from idle (or from done) starts again at tick 0; nothing moves until the reader asks.
 * The cursor is only ever set from the track, so seeking is replaying, never editing what is drawn.
 * With reduced motion, Play reveals one step at a time at a fixed pace and never sweeps continuously.
 * Time comes from a FrameClock and the island's lifecycle from an attach function, both parameters, so a unit
 * test can build a Player outside a component and step it by hand.
 */
import { onMount } from 'svelte';
import type { Cursor } from '~/figure/scene';
import type { Track } from '~/playback/track';

/** What a demo is doing, as its `data-status` says. */
export type Status = 'idle' | 'playing' | 'paused' | 'done';

/**
 * The time source a Player ticks on: milliseconds, animation frames and timeouts (handles are non-zero). Not the
 * comparison's shared clock (src/playback/shared-clock.ts), which is a track over several traces.
 */
export interface FrameClock {
  now(): number;
  /** calls `cb` with the frame's timestamp (the same time base as `now`) before the next repaint */
  frame(cb: (now: number) => void): number;
  cancelFrame(h: number): void;
  timeout(cb: () => void, ms: number): number;
  cancelTimeout(h: number): void;
}

/** The browser's time source: performance.now, requestAnimationFrame and setTimeout, looked up only when called. */
const browserFrameClock: FrameClock = {
  now: () => performance.now(),
  frame: (cb) => requestAnimationFrame(cb),
  cancelFrame: (h) => cancelAnimationFrame(h),
  timeout: (cb, ms) => window.setTimeout(cb, ms),
  cancelTimeout: (h) => window.clearTimeout(h),
};

/** Ties a player to the island being initialised: once mounted it reads prefers-reduced-motion, on unmount it stops. */
function attachToIsland(player: Player): void {
  onMount(() => {
    player.reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    return () => player.stop();
  });
}

/** What a Player runs on; the defaults are the browser's time source and the island's lifecycle. */
export interface PlayerHost {
  clock?: FrameClock;
  /** called once from the constructor; a unit test passes a no-op, as onMount needs a component */
  attach?: (player: Player) => void;
}

/** Cursor, status and speed of one island, with the actions its buttons and keys call. */
export class Player {
  cursor = $state.raw<Cursor>({ t: 0, step: 0 });
  status = $state.raw<Status>('idle');
  /** a multiple of the base pace; the controls offer 0.5, 1, 2 and 4 */
  speed = 1;
  reduced = $state.raw(false);
  #track: () => Track;
  #clock: FrameClock;
  #frame = 0;
  #timer: number | undefined;
  #last = 0;
  // While playing, the position on the track: the cursor alone cannot hold progress inside an event's slot.
  #u = 0;

  /**
   * A player over the track `track()` returns (re-read on every move, so parameters can change it).
   * With the default host, construct it while the island initialises: once mounted it reads the reader's
   * motion preference, and it stops its timers when the island goes away.
   */
  constructor(track: () => Track, { clock = browserFrameClock, attach = attachToIsland }: PlayerHost = {}) {
    this.#track = track;
    this.#clock = clock;
    this.cursor = track().atStep(track().steps);
    attach(this);
  }

  /** Whether the cursor is at the end of the track. */
  get atEnd(): boolean {
    const tr = this.#track();
    return tr.toU(this.cursor) >= tr.total;
  }

  /** Cancels a pending frame or timeout and leaves the status as it is (the island going away). */
  stop(): void {
    if (this.#frame) this.#clock.cancelFrame(this.#frame);
    if (this.#timer !== undefined) this.#clock.cancelTimeout(this.#timer);
    this.#frame = 0;
    this.#timer = undefined;
  }

  /** Puts the cursor at `c` and settles the status (done at the end, else paused). */
  #seek(c: Cursor): void {
    this.stop();
    this.cursor = c;
    this.status = this.atEnd ? 'done' : 'paused';
  }

  /** Starts playing; from idle or done it starts at tick 0. */
  play(): void {
    const tr = this.#track();
    if (this.status === 'idle' || this.status === 'done' || this.atEnd) this.cursor = tr.atStep(0);
    this.stop();
    this.status = 'playing';
    this.#u = tr.toU(this.cursor);
    this.#last = this.#clock.now();
    if (this.reduced) this.#timer = this.#clock.timeout(this.#tick, this.#interval());
    else this.#frame = this.#clock.frame(this.#animate);
  }

  /** Stops where it is. */
  pause(): void {
    this.stop();
    if (this.status === 'playing') this.status = 'paused';
  }

  /** Sets the playback speed (a method, so the controls call it instead of writing to a prop). */
  setSpeed(s: number): void {
    this.speed = s;
  }

  /** Play or pause. */
  toggle(): void {
    if (this.status === 'playing') this.pause();
    else this.play();
  }

  /** Reveals exactly one more step (from idle: the first one). */
  next(): void {
    const tr = this.#track();
    if (this.status === 'idle') return this.#seek(tr.atStep(tr.first));
    // Mid-way between two steps (after playing) the next step is still k + 1: one more event.
    this.#seek(tr.atStep(Math.min(tr.steps, this.cursor.step + 1)));
  }

  /** Goes back to the previous step (from idle: the one before the end). */
  prev(): void {
    const tr = this.#track();
    if (this.status === 'idle') return this.#seek(tr.atStep(Math.max(0, tr.steps - 1)));
    const k = this.cursor.step;
    const here = tr.atStep(k);
    // If time has run on past step k, "previous" is step k itself.
    const target = here.t < this.cursor.t ? k : k - 1;
    this.#seek(tr.atStep(Math.max(0, target)));
  }

  /** Back to tick 0, paused. */
  restart(): void {
    this.#seek(this.#track().atStep(0));
  }

  /** To the end: the complete figure. */
  toEnd(): void {
    this.#seek(this.#track().atStep(this.#track().steps));
  }

  /** Seeks to tick t, everything up to it revealed (the scrubber). */
  seekTick(t: number): void {
    this.#seek(this.#track().atTick(t));
  }

  /** Sets the cursor without playing (a shared link); `atStep` clamps it to the track. */
  show(k: number): void {
    this.#seek(this.#track().atStep(k));
  }

  /** Keeps the cursor valid after the track changed (new parameters): same step, clamped. */
  resync(): void {
    const tr = this.#track();
    if (this.status === 'idle') this.cursor = tr.atStep(tr.steps);
    else if (this.status !== 'playing') this.#seek(tr.atStep(Math.min(tr.steps, this.cursor.step)));
    else {
      this.#u = Math.min(tr.total, tr.toU(this.cursor));
      this.cursor = tr.fromU(this.#u);
    }
  }

  // A trace plays in about 10 s at 1×, and never slower than 2.5 ticks a second.
  #rate(): number {
    return Math.max(2.5, this.#track().total / 10) * this.speed;
  }

  #interval(): number {
    const tr = this.#track();
    return Math.max(120, Math.min(900, 12_000 / Math.max(1, tr.steps))) / this.speed;
  }

  #animate = (now: number): void => {
    const tr = this.#track();
    const dt = Math.min(100, now - this.#last); // a background tab must not jump to the end
    this.#last = now;
    const u = Math.min(tr.total, this.#u + (dt / 1000) * this.#rate());
    this.#u = u;
    this.cursor = tr.fromU(u);
    if (u >= tr.total) {
      this.cursor = tr.atStep(tr.steps);
      this.#frame = 0;
      this.status = 'done';
      return;
    }
    this.#frame = this.#clock.frame(this.#animate);
  };

  #tick = (): void => {
    const tr = this.#track();
    const k = Math.min(tr.steps, this.cursor.step + 1);
    this.cursor = tr.atStep(k);
    if (k >= tr.steps) {
      this.#timer = undefined;
      this.status = 'done';
      return;
    }
    this.#timer = this.#clock.timeout(this.#tick, this.#interval());
  };
}

/** The demos' keys, once focus is inside a demo: Space play/pause, ←/→ step, Home restart, End the whole run. */
export function playerKeys(player: Player, e: KeyboardEvent): void {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const tag = (e.target as HTMLElement).tagName;
  // Inputs keep their own keys (arrows move a slider), and Space or Enter on a button clicks it.
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
  if ((e.key === ' ' || e.key === 'Enter') && tag === 'BUTTON') return;
  if (e.key === ' ') player.toggle();
  else if (e.key === 'ArrowRight') player.next();
  else if (e.key === 'ArrowLeft') player.prev();
  else if (e.key === 'Home') player.restart();
  else if (e.key === 'End') player.toEnd();
  else return;
  e.preventDefault();
}
