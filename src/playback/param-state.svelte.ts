/**
 * What the two timeline islands (ModelDemo, CompareDemo) share besides the player: the parameters in
 * use, a note for each value that had to change or was not read, and the URL hash (followHash, in
 * src/playback/address.svelte.ts). Construct it while the component initialises: it registers the island's
 * onMount and an $effect.
 */
import { onMount } from 'svelte';
import { resolveParams, type ParamNote, type RawParams } from './params';
import { followHash } from './address.svelte';
import type { Track } from '~/playback/track';
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
  /** true once the island is mounted (its root says so in data-live, the sign that it acts) */
  live = $state.raw(false);
  /** whether the reader has changed a parameter (the hash is written only after that) */
  changed = $state.raw(false);
  #o: DemoParamsOptions;

  constructor(o: DemoParamsOptions) {
    this.#o = o;
    onMount(() => {
      this.live = true;
    });
    followHash(this, o);
  }

  /** Applies raw values over the current ones, clamped, and keeps the cursor valid. */
  apply(raw: RawParams): void {
    const s = this.scenario;
    const r = resolveParams({ arrival: s.arrival, copy: s.copy, pollEvery: s.pollEvery, ...raw });
    this.notes = r.notes;
    this.scenario = r.scenario;
    this.changed = true;
    this.#o.player().resync();
  }
}
