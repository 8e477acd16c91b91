/**
 * What the two timeline islands (ModelDemo, CompareDemo) share besides the player: the parameters in
 * use, a note for each value that had to change, and the URL hash (followHash). Construct it while the
 * component initialises: it registers the island's onMount and an $effect.
 */
import { onMount } from 'svelte';
import type { SharedUi } from '~/i18n/demo';
import { formatHash, HASH_KEYS, parseHash, resolveParams, resolvePosition, type ParamNote, type RawParams } from './params';
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

/**
 * For the page's main demo (o.ownsHash()): reads the hash on mount and on hashchange (if it holds our
 * keys), and writes it back once the reader has acted, never while playing. Runs while the island initialises.
 */
function followHash(p: DemoParams, o: DemoParamsOptions): void {
  /** Reads the hash, if it is ours: parameters first, then the position on the new track, then what was left unread. */
  const readHash = (): void => {
    const h = parseHash(location.hash, { poll: o.withPoll(), position: o.position });
    if (!h.ours) return;
    p.apply(h.raw);
    const extra: ParamNote[] = [];
    const tr = o.track();
    if (o.position === 'step') {
      const step = resolvePosition('step', h.position, tr.steps, extra);
      if (step !== undefined) o.player().show(step);
    } else {
      const t = resolvePosition('t', h.position, tr.ticks, extra);
      if (t !== undefined) o.player().seekTick(t);
    }
    p.notes = [...p.notes, ...extra, ...h.notes];
  };
  onMount(() => {
    if (!o.ownsHash()) return;
    readHash();
    addEventListener('hashchange', readHash);
    return () => removeEventListener('hashchange', readHash);
  });
  // The hash follows what the reader did (never while playing, never before they did anything).
  $effect(() => {
    const player = o.player();
    const idle = player.status === 'idle';
    if (!o.ownsHash() || !p.live || player.status === 'playing' || (idle && !p.changed)) return;
    const c = player.cursor;
    const h = formatHash(p.scenario, o.withPoll(), idle ? undefined : o.position === 'step' ? { step: c.step } : { t: Math.floor(c.t) });
    if (h !== location.hash) history.replaceState(history.state, '', location.pathname + location.search + h);
  });
}

/** A note as a sentence in the page's language. */
export function noteSentence(ui: SharedUi, n: ParamNote): string {
  if (n.kind === 'long') return fill(ui['note.long'], { max: n.max });
  if (n.kind === 'semicolon') return ui['note.semicolon'];
  const field = n.field === 'step' || n.field === 't' ? ui[`note.${n.field}`] : ui[`param.${n.field}`];
  if (n.kind === 'value') return noteText(ui.note, field, n);
  return fill(ui[`note.${n.kind}`], { field, key: HASH_KEYS[n.field] });
}
