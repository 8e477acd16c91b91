/**
 * What the two timeline islands (ModelDemo, CompareDemo) share besides the player: the parameters in
 * use, a note for each value that had to change or was not read, and the URL hash (followHash, in
 * src/demo/follow-hash.svelte.ts). Construct it while the component initialises: it registers the island's
 * onMount and an $effect.
 */
import { onMount } from 'svelte';
import type { SharedUi } from '~/i18n/demo';
import { HASH_KEYS, resolveParams, type ParamNote, type RawParams } from './params';
import { followHash } from '~/demo/follow-hash.svelte';
import { fill, noteText } from '~/render/text';
import type { Track } from '~/render/track';
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

/** A note as a sentence in the page's language. */
export function noteSentence(ui: SharedUi, n: ParamNote): string {
  // About the whole address ('long' fills in its {max}).
  if (!('field' in n)) return fill(ui[`note.${n.kind}`], n);
  const field = n.field === 'step' || n.field === 't' ? ui[`note.${n.field}`] : ui[`param.${n.field}`];
  if (n.kind === 'value') return noteText(ui.note, field, n);
  return fill(ui[`note.${n.kind}`], { field, key: HASH_KEYS[n.field] });
}
