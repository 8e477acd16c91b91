// client:interact: hydrates an island on the reader's first touch of it (pointer over or down, a touch, or
// keyboard focus inside it, a click) instead of when it scrolls into view, so a reader who only looks at a demo (its
// server-drawn figure is complete) loads none of its script, on a phone as on a desktop.
// Its value, an object, may add two ways to wake: `also`, a selector of elements outside the island whose
// touch wakes it too (a model page's experiments drive its demo), and `hash`, waking at once when the
// address carries a demo's state (a `key=value` hash, which no section id is: a shared link shows its state).
// Nothing the reader does before the island is live is lost: what would reach the island's handlers (a
// button's click, a demo key on the figure, an input's or a select's input and change events; in the `also`
// elements, a button's click) is held and, once hydrated (build/svelte-client.js returns after the island's
// onMount), replayed on the same element: the button is clicked again, the key pressed again, the control
// given back the value the reader set (hydration writes the server's values into controls) with its event.
// Held demo keys (src/demo/player.svelte.ts, playerKeys) do not also scroll the page meanwhile.
// Ours because Astro ships load, idle, visible, media and only, and none of them waits for the reader.
// click: a screen reader may activate a button without moving focus or a pointer to it.
const WAKE = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'click'];
const HOLD = ['click', 'keydown', 'input', 'change'];
const KEYS = [' ', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];
const CONTROL = /^(INPUT|SELECT|TEXTAREA)$/;

export default (load, { value }, el) => {
  const { also, hash } = typeof value === 'object' ? value : {};
  const held = [];
  const hold = (e) => {
    const t = e.target;
    if (e.type === 'click') {
      const button = t.closest('button');
      if (button) held.push(() => button.click());
    } else if (CONTROL.test(t.tagName)) {
      if (e.type !== 'keydown') {
        const v = t.value;
        held.push(() => {
          t.value = v;
          t.dispatchEvent(new Event(e.type, { bubbles: true }));
        });
      }
    } else if (e.type === 'keydown' && KEYS.includes(e.key) && t.tagName !== 'BUTTON') {
      e.preventDefault();
      held.push(() => t.dispatchEvent(new KeyboardEvent('keydown', { key: e.key, bubbles: true, cancelable: true })));
    }
  };
  // The `also` elements may come after the island in the page (not parsed yet): events are caught on the document.
  const outside = (e) => !!also && e.target instanceof Element && !!e.target.closest(also);
  const wakeOutside = (e) => outside(e) && wake();
  const holdOutside = (e) => outside(e) && hold(e);
  const onHash = () => location.hash.includes('=') && wake();
  const listen = (on) => {
    for (const type of WAKE) {
      el[on](type, wake, { passive: true });
      if (also) document[on](type, wakeOutside, { passive: true });
    }
    for (const type of HOLD) el[on](type, hold, true);
    if (also) document[on]('click', holdOutside, true);
    if (hash) window[on]('hashchange', onHash);
  };
  let woke = false;
  const wake = async () => {
    if (woke) return;
    woke = true;
    const hydrate = await load();
    await hydrate();
    listen('removeEventListener');
    for (const replay of held.splice(0)) replay();
  };
  listen('addEventListener');
  if (hash) onHash();
};
