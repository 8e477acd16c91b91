/*
 * io-models embed.js: add it once to a page that embeds demos of this site in iframes, and every such
 * frame takes the height of its demo. A handshake, so the order in which things load does not matter:
 * this script asks every frame of the site, now and whenever a frame (re)loads, with
 * {type: 'io-models:hello'}; an embed page answers with {type: 'io-models:height', height: px}, and again
 * whenever its height changes. Only frames whose src is on this script's own origin are resized, and only
 * from a message of that origin sent by that frame's window, with a sane number: another site's frame
 * (or a sandboxed one, whose origin is 'null') cannot resize itself through this script.
 */
(function () {
  var me = document.currentScript, site;
  try { site = new URL(me && me.src, location.href).origin; } catch (_) { return; }
  var ours = function (f) {
    try { return new URL(f.src, location.href).origin === site; } catch (_) { return false; }
  };
  var ask = function (f) {
    if (ours(f) && f.contentWindow) f.contentWindow.postMessage({ type: 'io-models:hello' }, site);
  };
  addEventListener('message', function (e) {
    var d = e.data, h = d && d.type === 'io-models:height' ? d.height : NaN;
    if (e.origin !== site || typeof h !== 'number' || !(h > 0 && h < 100000)) return;
    for (var f = document.getElementsByTagName('iframe'), i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source) {
        if (ours(f[i])) f[i].style.height = Math.ceil(h) + 'px';
        return;
      }
    }
  });
  // A frame's load event does not bubble, but it can be caught on the way down: frames loaded later,
  // added later or reloaded are asked then; those already loaded are asked now.
  document.addEventListener('load', function (e) {
    if (e.target && e.target.tagName === 'IFRAME') ask(e.target);
  }, true);
  for (var f = document.getElementsByTagName('iframe'), i = 0; i < f.length; i++) ask(f[i]);
})();
