/**
 * What the two timeline islands (ModelDemo, CompareDemo) share besides the player: the parameters in
 * use, a note for each value that had to change, and the URL hash. The hash is read on mount and on
 * hashchange (if it holds our keys), and written back only once the reader has acted, never while playing.
 * Construct it while the component initialises: it registers the island's onMount and an $effect.
 */
import { onMount } from 'svelte';
import type { IslandUi } from '../src/i18n/demo';
import { formatHash, parseHash, resolveParams, resolvePosition, type ParamNote, type RawParams } from '../src/render/params';
import { noteText } from '../src/render/text';
import type { Track } from '../src/render/track';
import type { Player } from './player.svelte';

export interface DemoParamsOptions {
  /** the page's main demo keeps its state in the URL hash (a getter, like the island's props) */
  ownsHash: () => boolean;
  /** whether the hash carries poll (only where it matters) */
  withPoll: () => boolean;
  /** what the hash's position is: an event step (one model) or a tick of the shared clock */
  position: 'step' | 't';
  /** getters: the island makes its player and track from the scenario this holds, so after this */
  player: () => Player;
  track: () => Track;
}

export class DemoParams {
  scenario = $state.raw(resolveParams({}).scenario);
  notes = $state.raw<ParamNote[]>([]);
  /** true once the island runs (the controls are disabled before) */
  live = $state.raw(false);
  #changed = $state.raw(false);
  #o: DemoParamsOptions;

  constructor(o: DemoParamsOptions) {
    this.#o = o;
    onMount(() => {
      this.live = true;
      if (!o.ownsHash()) return;
      this.#readHash();
      addEventListener('hashchange', this.#readHash);
      return () => removeEventListener('hashchange', this.#readHash);
    });
    // The hash follows what the reader did (never while playing, never before they did anything).
    $effect(() => {
      const player = o.player();
      const idle = player.status === 'idle';
      if (!o.ownsHash() || !this.live || player.status === 'playing' || (idle && !this.#changed)) return;
      const c = player.cursor;
      const h = formatHash(this.scenario, o.withPoll(), idle ? undefined : o.position === 'step' ? { step: c.step } : { t: Math.floor(c.t) });
      if (h !== location.hash) history.replaceState(history.state, '', location.pathname + location.search + h);
    });
  }

  /** Applies raw values over the current ones, clamped, and keeps the cursor valid. */
  apply(raw: RawParams): void {
    const s = this.scenario;
    const r = resolveParams({ arrival: s.arrival, copy: s.copy, pollEvery: s.pollEvery, ...raw });
    this.notes = r.notes;
    this.scenario = r.scenario;
    this.#changed = true;
    this.#o.player().resync();
  }

  /** Reads the hash, if it is ours: parameters first, then the position on the new track. */
  #readHash = (): void => {
    const h = parseHash(location.hash);
    if (!h.ours) return;
    this.apply(h.raw);
    const extra: ParamNote[] = [];
    const tr = this.#o.track();
    if (this.#o.position === 'step') {
      const step = resolvePosition('step', h.step, tr.steps, extra);
      if (step !== undefined) this.#o.player().show(step);
    } else {
      const t = resolvePosition('t', h.t, tr.total, extra);
      if (t !== undefined) this.#o.player().seekTick(t);
    }
    this.notes = [...this.notes, ...extra];
  };
}

/** A note as a sentence in the page's language. */
export function noteSentence(ui: IslandUi, n: ParamNote): string {
  return noteText(ui.note, n.field === 'step' || n.field === 't' ? ui[`note.${n.field}`] : ui[`param.${n.field}`], n);
}
