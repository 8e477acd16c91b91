/**
 * build/interact-directive.js (client:interact), the part that needs no browser: which address wakes an island at
 * once. Only one of the island's own hash keys does (in any letter case or %-escaped, so that the island can note
 * it did not read those); an island without keys (the serve demo, the polling chart) never wakes for an address.
 * The directive runs here on stand-ins for window, document and location that only record listeners.
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
