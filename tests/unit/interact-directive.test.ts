/**
 * build/interact-directive.js (client:interact), the parts that need no browser: which address wakes an island at
 * once, and when what it held is replayed. Only one of the island's own hash keys wakes it (in any letter case or
 * %-escaped, so that the island can note it did not read those); an island without keys (the serve demo, the
 * polling chart) never wakes for an address. A held click is replayed once, after the island's effects have run.
 * The directive runs here on stand-ins for window, document, location, MutationObserver and the island that
 * only record listeners.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import directive from '../../build/interact-directive.js';

/** The timeline islands' keys, as components/ModelDemo.astro and CompareDemo.astro pass them. */
const KEYS = 'arrival|copy|poll|step|t';

/** Runs the directive for an island on a page at `hash`; whether it asked for the island's script. */
function wakes(hash: string, value: unknown): boolean {
  const listeners = () => ({ addEventListener: vi.fn(), removeEventListener: vi.fn() });
  vi.stubGlobal('window', listeners());
  vi.stubGlobal('document', listeners());
  vi.stubGlobal('location', { hash });
  vi.stubGlobal('MutationObserver', class { observe() {} disconnect() {} });
  // load() gives the hydrate function; it never settles here, so nothing is replayed.
  const load = vi.fn(() => new Promise<() => Promise<void>>(() => {}));
  directive(load, { value }, listeners() as unknown as HTMLElement);
  return load.mock.calls.length > 0;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('client:interact wakes at once only for its island\'s hash keys', () => {
  it('wakes a timeline island for its keys, however spelled', () => {
    for (const hash of ['#arrival=5', '#copy=2&step=3', '#x=1&t=4', '#Arrival=5', '#%61rrival=5', '#POLL=2', '#step=']) {
      expect(wakes(hash, { keys: KEYS, also: '.try' }), hash).toBe(true);
      expect(wakes(hash, { keys: KEYS }), hash).toBe(true);
    }
  });

  it('does not wake for an equals sign alone, other keys, anchors or a key only inside a value', () => {
    for (const hash of ['', '#', '#=', '#==', '#foo=1', '#what-happens-in-each-phase', '#xarrival=5', '#a=arrival=5', '#tt=1']) {
      expect(wakes(hash, { keys: KEYS, also: '.try' }), hash).toBe(false);
    }
  });

  it('never wakes an island without keys (bare client:interact) for an address', () => {
    for (const hash of ['#arrival=5', '#=', '#poll=3']) {
      expect(wakes(hash, ''), hash).toBe(false);
      expect(wakes(hash, true), hash).toBe(false);
    }
  });

  it('survives a malformed escape in the address', () => {
    expect(wakes('#%E0%A4%A&arrival=1', { keys: KEYS })).toBe(true);
    expect(wakes('#%E0%A4%A=1', { keys: KEYS })).toBe(false);
  });
});

/**
 * Wakes a stand-in island with a held click on its button; the island goes live (its effects run) `late`
 * microtasks after hydrate() is called, saying so by setting data-live or not at all. Returns, for each time the
 * button was clicked, whether the island was live then, and whether a task had passed since hydration.
 */
async function replay(says: boolean, late: number): Promise<{ live: boolean; taskLater: boolean }[]> {
  const on = new Map<string, EventListener>();
  const observers = new Set<() => void>();
  let live = false;
  let taskLater = false;
  const clicks: { live: boolean; taskLater: boolean }[] = [];
  const el = {
    addEventListener: (type: string, f: EventListener) => on.set(type, f),
    removeEventListener: (type: string) => on.delete(type),
  };
  vi.stubGlobal('window', { addEventListener: vi.fn(), removeEventListener: vi.fn() });
  vi.stubGlobal('document', { addEventListener: vi.fn(), removeEventListener: vi.fn() });
  vi.stubGlobal('location', { hash: '' });
  vi.stubGlobal('MutationObserver', class {
    #f: () => void;
    constructor(f: () => void) { this.#f = f; }
    observe(_: unknown, o: MutationObserverInit) {
      expect(o).toEqual({ subtree: true, attributeFilter: ['data-live'] });
      observers.add(this.#f);
    }
    disconnect() { observers.delete(this.#f); }
  });
  const goLive = () => {
    live = true;
    if (says) for (const f of [...observers]) queueMicrotask(f);
  };
  const hydrate = async () => {
    const later = (n: number) => queueMicrotask(n > 1 ? () => later(n - 1) : goLive);
    later(late);
    setTimeout(() => (taskLater = true));
  };
  const button = { click: () => clicks.push({ live, taskLater }) };
  directive(() => Promise.resolve(hydrate), { value: true }, el as unknown as HTMLElement);
  const click = { type: 'click', target: { tagName: 'BUTTON', closest: () => button } } as unknown as Event;
  on.get('pointerdown')!(click);
  on.get('click')!(click);
  await vi.waitFor(() => expect(clicks.length).toBeGreaterThan(0));
  expect(on.size, 'no listener left on the island').toBe(0);
  expect(observers.size, 'no observer left').toBe(0);
  return clicks;
}

describe('client:interact replays what it held onto the live island', () => {
  it('replays a held click once, as soon as the island sets data-live, in the task that hydrated it', async () => {
    for (const late of [1, 3, 8]) expect(await replay(true, late), `live ${late} microtasks late`).toEqual([{ live: true, taskLater: false }]);
  });

  it('replays a held click once, a task after hydration, on an island without that sign', async () => {
    for (const late of [1, 3, 8]) expect(await replay(false, late), `live ${late} microtasks late`).toEqual([{ live: true, taskLater: true }]);
  });
});
