/*
 * The embed pages' only own script, inlined in <head> by components/embed/EmbedLayout.astro (hashed for the CSP by
 * astro.config.mjs), so it runs before first paint and before the island reads its hash.
 * Query parameters: theme and controls are checked against whitelists and only ever become one of those
 * words on <html>; arrival, copy and poll go to the island through its URL hash, where resolveParams reads
 * them as numbers, clamps them to the sliders' bounds and says so. No value is ever written as HTML.
 * Inside a frame it then posts the page's height to the parent whenever it changes (see public/embed/embed.js).
 */
(function (w, r) {
  var q = new URLSearchParams(location.search), bad = [], h = [];
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
  // The scenario as raw text (capped in length) in front of any hash of the page's own, which wins a tie.
  ['arrival', 'copy', 'poll'].forEach(function (k) {
    var v = q.get(k);
    if (v !== null) h.push(k + '=' + encodeURIComponent(v.slice(0, 32)));
  });
  if (h.length) history.replaceState(history.state, '', '#' + h.concat(location.hash.slice(1) || []).join('&'));
  // The host's origin is unknown and a height is all the message says, hence the target '*'.
  if (w.parent !== w && w.ResizeObserver) {
    var last = 0;
    new ResizeObserver(function () {
      var px = Math.ceil(r.getBoundingClientRect().height);
      if (px !== last) {
        last = px;
        w.parent.postMessage({ type: 'io-models:height', height: px }, '*');
      }
    }).observe(r);
  }
})(window, document.documentElement);
