// client:interact: hydrates an island on the reader's first touch of it (pointer over or down, a touch, or
// keyboard focus inside it) instead of when it scrolls into view. For a demo most readers only look at
// (the serve comparison, second demo on its page) the script then loads only for those who use it; its
// server-rendered figure is complete either way. The island's controls must be focusable before it
// hydrates (readonly, not disabled), so a keyboard can reach them and wake it.
// Ours because Astro ships load, idle, visible, media and only, and none of them waits for the reader.
const EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin'];

export default (load, _options, el) => {
  const wake = async () => {
    for (const type of EVENTS) el.removeEventListener(type, wake);
    const hydrate = await load();
    await hydrate();
  };
  for (const type of EVENTS) el.addEventListener(type, wake, { passive: true });
};
