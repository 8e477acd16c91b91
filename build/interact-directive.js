// client:interact: hydrates an island on the reader's first touch of it (pointer over or down, a touch, or
// keyboard focus inside it, a click) instead of when it scrolls into view, so a reader who only looks at a demo (its
// server-drawn figure is complete) loads none of its script, on a phone as on a desktop. Its value says more:
// client:interact={{ keys: 'arrival|copy', also: '.try' }}. `keys`, the hash keys the island reads: it also wakes at
// once when the address carries one of them as `key=` (a shared link shows its state; in any letter case or
// %-escaped, so the island can say it did not read those), and no other island wakes for it. `also`, a selector:
// it also wakes on a touch of the elements it names outside the island (a model page's experiments drive its demo).
// Nothing the reader does before the island is live is lost: what would reach the island's handlers (a
// button's click, a demo key on the figure, an input's or a select's input and change events; in the `also`
// elements, a button's click) is held and, once the island is live, replayed on the same element: the button is
// clicked again, the key pressed again, the control given back the value the reader set (hydration writes the
// server's values into controls) with its event.
// Held demo keys (src/playback/player.svelte.ts, playerKeys) do not also scroll the page meanwhile.
// Ours because Astro ships load, idle, visible, media and only, and none of them waits for the reader.
// Pointer events cover touch; click: a screen reader may activate a button without moving focus or a pointer to it.
const WAKE = ['pointerover', 'pointerdown', 'focusin', 'click'];

export default (load, { value }, el) => {
  const { also, keys } = value || {};
  const held = [];
  // What the reader did, as a function that does it again on the live island (or nothing to replay).
  const hold = (e) => {
    const t = e.target;
    const button = t.closest('button');
    if (/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName)) {
      const v = t.value;
      if (e.type === 'input' || e.type === 'change') held.push(() => {
        t.value = v;
        t.dispatchEvent(new Event(e.type, { bubbles: true }));
      });
    } else if (e.type === 'click') {
      if (button) held.push(() => button.click());
    } else if (e.type === 'keydown' && !button && /^( |Arrow(Left|Right)|Home|End)$/.test(e.key)) {
      e.preventDefault();
      held.push(() => t.dispatchEvent(new KeyboardEvent('keydown', { key: e.key, bubbles: true })));
    }
  };
  // The `also` elements may come after the island in the page (not parsed yet): their events are met on the document.
  const outside = (f) => (e) => also && e.target.closest?.(also) && f(e);
  // The keys are the server's; the hash is only tested against them.
  const onHash = () => {
    let h = location.hash;
    try { h = decodeURIComponent(h); } catch { /* a malformed escape: the hash as it is */ }
    if (keys && new RegExp(`(^#|&)(${keys})=`, 'i').test(h)) wake();
  };
  let woke;
  const listen = (on) => {
    for (const type of WAKE) {
      el[on](type, wake);
      document[on](type, wakeOutside);
    }
    for (const type of ['click', 'keydown', 'input', 'change']) el[on](type, hold, true);
    document[on]('click', holdOutside, true);
    window[on]('hashchange', onHash);
  };
  const wake = async () => {
    if (woke) return;
    woke = 1;
    // Svelte runs the island's effects (its onMount, which makes it act) in microtasks queued by hydrate(), in no
    // promised order with Astro's own awaits. They have run once the island's root sets data-live (our islands do
    // on mount; the observer's callback comes after the microtask that set it), or, for an island without that
    // sign, a task later. Either way before the reader's next event (a task): the replay lands on a live island,
    // in the task that hydrated it, and no event is both held and handled.
    let mo;
    const live = new Promise((done) => {
      mo = new MutationObserver(done);
      mo.observe(el, { subtree: true, attributeFilter: ['data-live'] });
    });
    await (await load())();
    listen('removeEventListener');
    await Promise.race([live, new Promise((done) => setTimeout(done))]);
    mo.disconnect();
    for (const replay of held) replay();
  };
  const wakeOutside = outside(wake);
  const holdOutside = outside(hold);
  listen('addEventListener');
  onHash();
};
