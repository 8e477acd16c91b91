/** src/playback/player.svelte.ts: a Player stepped by hand on a fake clock, over a real model's track. */
import { beforeEach, describe, expect, it } from 'vitest';
import { FIVE_EVENTS } from './five-events';
import { FULL_FRAME, layoutFigure } from '~/figure/layout';
import { modelTrack, type Track } from '~/playback/track';
import { Player, type FrameClock } from '~/playback/player.svelte';

/** A clock that moves only when the test says so; it records what the player asked of it. */
class FakeFrameClock implements FrameClock {
  t = 1000;
  frames = new Map<number, (now: number) => void>();
  timers = new Map<number, { at: number; ms: number; cb: () => void }>();
  framesAsked = 0;
  #next = 1;

  now(): number {
    return this.t;
  }
  frame(cb: (now: number) => void): number {
    this.framesAsked++;
    this.frames.set(this.#next, cb);
    return this.#next++;
  }
  cancelFrame(h: number): void {
    this.frames.delete(h);
  }
  timeout(cb: () => void, ms: number): number {
    this.timers.set(this.#next, { at: this.t + ms, ms, cb });
    return this.#next++;
  }
  cancelTimeout(h: number): void {
    this.timers.delete(h);
  }
  /** `ms` pass, then the frames pending run (as the browser's next repaint would) */
  repaint(ms: number): void {
    this.t += ms;
    const due = [...this.frames.values()];
    this.frames.clear();
    for (const cb of due) cb(this.t);
  }
  /** time runs to the earliest timeout, which fires */
  fireTimeout(): number {
    const [h, next] = [...this.timers].sort((a, b) => a[1].at - b[1].at)[0]!;
    this.timers.delete(h);
    this.t = next.at;
    next.cb();
    return next.ms;
  }
}

// 5 events: recvfrom at 0, ready and copy at 10, complete and return at 12.
const trace = FIVE_EVENTS;
const track: Track = modelTrack(trace, layoutFigure(trace, FULL_FRAME, { labels: {} }).slot);
// At 1×, a trace this short plays at the floor pace of 2.5 u a second, and reduced motion waits 900 ms a step.
const RATE = 2.5;
const INTERVAL = 900;

let clock: FakeFrameClock;
let player: Player;
beforeEach(() => {
  clock = new FakeFrameClock();
  player = new Player(() => track, { clock, attach: () => {} });
});
const u = (): number => track.toU(player.cursor);
// Plays 400 ms: u is 1, past the first event's slot (u < 0.54), where the cursor cannot show progress.
function playPastFirstEvent(): void {
  player.play();
  for (let i = 0; i < 4; i++) clock.repaint(100);
  expect(u()).toBeCloseTo(0.4 * RATE);
}

describe('Player', () => {
  it('shows the complete figure while idle, and asks the clock for nothing', () => {
    expect(player.status).toBe('idle');
    expect(player.cursor).toEqual(track.atStep(track.steps));
    expect(player.atEnd).toBe(true);
    expect([clock.framesAsked, clock.timers.size]).toEqual([0, 0]);
  });

  it('plays from idle starting at step 0', () => {
    player.play();
    expect(player.status).toBe('playing');
    expect(player.cursor).toEqual({ t: 0, step: 0 });
    expect(clock.frames.size).toBe(1);
  });

  it('moves the cursor in proportion to the time between frames and to the speed', () => {
    playPastFirstEvent();
    clock.repaint(60);
    expect(u()).toBeCloseTo(0.46 * RATE);
    player.setSpeed(2);
    clock.repaint(80);
    expect(u()).toBeCloseTo(0.46 * RATE + 0.08 * 2 * RATE);
    expect(player.status).toBe('playing');
  });

  it('never moves more than 100 ms worth in one frame (a background tab)', () => {
    playPastFirstEvent();
    clock.repaint(5000);
    expect(u()).toBeCloseTo(0.5 * RATE);
  });

  it('pauses where it is and asks for no more frames', () => {
    playPastFirstEvent();
    const here = player.cursor;
    player.pause();
    expect(player.status).toBe('paused');
    expect(clock.frames.size).toBe(0);
    clock.repaint(100);
    expect(player.cursor).toEqual(here);
    player.toggle();
    expect(player.status).toBe('playing');
    clock.repaint(100);
    expect(u()).toBeCloseTo(0.5 * RATE); // resumes from where it paused, not from 0
  });

  it('is done at the end of the track, with the cursor on the last step', () => {
    player.play();
    for (let i = 0; i < 100 && player.status === 'playing'; i++) clock.repaint(100);
    expect(player.status).toBe('done');
    expect(player.cursor).toEqual(track.atStep(track.steps));
    expect(clock.frames.size).toBe(0);
    // about total / rate seconds, in 100 ms frames
    expect(clock.framesAsked).toBe(Math.ceil(track.total / RATE / 0.1));
    player.play();
    expect(player.cursor).toEqual({ t: 0, step: 0 }); // from done, again from the start
  });

  it('steps with next and prev, from idle too', () => {
    player.next();
    expect([player.status, player.cursor]).toEqual(['paused', track.atStep(track.first)]);
    player.next();
    expect(player.cursor).toEqual(track.atStep(2));
    player.prev();
    expect(player.cursor).toEqual(track.atStep(1));

    const other = new Player(() => track, { clock, attach: () => {} });
    other.prev();
    expect([other.status, other.cursor]).toEqual(['paused', track.atStep(track.steps - 1)]);
    other.next();
    expect([other.status, other.cursor]).toEqual(['done', track.atStep(track.steps)]);
  });

  it('takes prev after playing to the step it is past, and next to the one after', () => {
    player.play();
    for (let i = 0; i < 10; i++) clock.repaint(100); // u 2.5: inside the long wait after step 1
    expect(player.cursor.step).toBe(1);
    expect(player.cursor.t).toBeGreaterThan(track.atStep(1).t);
    player.pause();
    player.prev();
    expect(player.cursor).toEqual(track.atStep(1));
    player.next();
    expect(player.cursor).toEqual(track.atStep(2));
  });

  it('restarts at tick 0 and goes to the end, stopping playback', () => {
    player.play();
    clock.repaint(100);
    player.restart();
    expect([player.status, player.cursor, clock.frames.size]).toEqual(['paused', { t: 0, step: 0 }, 0]);
    player.play();
    player.toEnd();
    expect([player.status, player.cursor, clock.frames.size]).toEqual(['done', track.atStep(track.steps), 0]);
  });

  it('with reduced motion plays one step per timeout and never asks for a frame', () => {
    player.reduced = true;
    player.play();
    expect(player.cursor).toEqual(track.atStep(0));
    for (let k = 1; k <= track.steps; k++) {
      expect(player.status).toBe('playing');
      expect(clock.timers.size).toBe(1);
      expect(clock.fireTimeout()).toBe(INTERVAL);
      expect(player.cursor).toEqual(track.atStep(k));
    }
    expect(player.status).toBe('done');
    expect(clock.timers.size).toBe(0);
    expect(clock.framesAsked).toBe(0);
  });

  it('with reduced motion waits less at a higher speed', () => {
    player.reduced = true;
    player.setSpeed(4);
    player.play();
    expect(clock.fireTimeout()).toBe(INTERVAL / 4);
  });

  it('cancels what is pending when stopped (the island going away)', () => {
    player.play();
    player.stop();
    expect(clock.frames.size).toBe(0);
    player.reduced = true;
    player.play();
    expect(clock.timers.size).toBe(1);
    player.stop();
    expect(clock.timers.size).toBe(0);
  });

  it('attaches once, to the host it is given', () => {
    const attached: Player[] = [];
    const p = new Player(() => track, { clock, attach: (q) => attached.push(q) });
    expect(attached).toEqual([p]);
  });
});
