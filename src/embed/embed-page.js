/*
 * The embed pages' only own script, inlined in <head> by components/embed/EmbedLayout.astro (hashed for the CSP by
 * astro.config.mjs), so it runs before first paint and before the island reads its hash.
 * Query parameters: theme and controls are checked against whitelists and only ever become one of those
 * words on <html>; arrival, copy and poll go to the island through its URL hash, where resolveParams reads
 * them as numbers, clamps them to the sliders' bounds and says so. No value is ever written as HTML, and
 * no query throws: each part is read on its own, so a bad one never costs the others or the height reports.
 * Inside a frame it then reports the page's height to the parent (see public/embed/embed.js): when asked
 * ({type: 'io-models:hello'}, which embed.js sends whenever it starts or a frame loads) and on every change.
 */
(function (w, r) {
  var q, bad = [], h = [];
  try { q = new URLSearchParams(location.search); } catch (_) { q = new URLSearchParams(); }
  // A whitelisted word, else the default (the list's first) with the parameter's name noted for the
  // page's message. The lists are src/embed/query.ts's, copied (this runs before any module loads);
  // tests/unit/embed.test.ts fails when they differ.
  var pick = function (k, allowed) {
    var v = q.get(k);
    if (v === null) return allowed[0];
    v = v.trim().toLowerCase();
    if (allowed.indexOf(v) >= 0) return v;
    bad.push(k);
    return allowed[0];
  };
  var theme = pick('theme', ['auto', 'light', 'dark']);
  if (theme !== 'auto') r.dataset.theme = theme;
  r.dataset.controls = pick('controls', ['full', 'minimal']);
  if (bad.length) r.dataset.bad = bad.join(' ');
  // The scenario as raw text in the hash, unless the page's own hash holds a state (the island writes it
  // there once the reader acts, so a reload keeps what the reader set; the demo reads a key's first number,
  // and the query's older values would otherwise come first). No number needs
  // more than 32 characters: a longer value goes on empty, which the island reads as garbage and notes
  // like any bad value (cutting it would turn "0…07junk" into a silent 7). URLSearchParams decodes to
  // whole characters (a malformed escape becomes U+FFFD), so encodeURIComponent has no lone half to choke on.
  ['arrival', 'copy', 'poll'].forEach(function (k) {
    var v = q.get(k);
    if (v === null) return;
    try { h.push(k + '=' + (Array.from(v).length > 32 ? '' : encodeURIComponent(v))); } catch (_) { h.push(k + '='); }
  });
  try {
    if (h.length && location.hash.indexOf('=') < 0) history.replaceState(history.state, '', '#' + h.concat(location.hash.slice(1) || []).join('&'));
  } catch (_) { /* the island then shows its defaults */ }
  // The host's origin is unknown and a height is all the message says, hence the target '*'.
  if (w.parent !== w) {
    var last = 0;
    var post = function (always) {
      var px = Math.ceil(r.getBoundingClientRect().height);
      if (always || px !== last) {
        last = px;
        w.parent.postMessage({ type: 'io-models:height', height: px }, '*');
      }
    };
    w.addEventListener('message', function (e) {
      if (e.source === w.parent && e.data && e.data.type === 'io-models:hello') post(true);
    });
    if (w.ResizeObserver) new ResizeObserver(function () { post(false); }).observe(r);
  }
})(window, document.documentElement);
