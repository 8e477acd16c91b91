/**
 * The page's main demo keeps its state in the URL hash: followHash reads it on mount and on hashchange, and
 * writes it back once the reader has acted. The custom element never owns a page's hash, so it never calls this.
 */
import { onMount } from 'svelte';
import { formatHash, parseHash, resolvePosition, type ParamNote } from './params';
import type { DemoParams, DemoParamsOptions } from './param-state.svelte';

/**
 * For the page's main demo (o.ownsHash()): reads the hash on mount and on hashchange (if it holds our
 * keys), and writes it back once the reader has acted, never while playing. Runs while the island initialises.
 */
export function followHash(p: DemoParams, o: DemoParamsOptions): void {
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
