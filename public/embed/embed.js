/*
 * io-models embed.js: add it once to a page that embeds demos of this site in iframes, and every such
 * frame takes the height of its demo. An embed page posts {type: 'io-models:height', height: px} to its
 * parent whenever its height changes; this accepts the message only from the frame it names (its
 * contentWindow is the event's source) and only from that frame's own origin, and only a sane number.
 */
addEventListener('message', function (e) {
  var d = e.data, h = d && d.type === 'io-models:height' ? d.height : NaN;
  if (typeof h !== 'number' || !(h > 0 && h < 100000)) return;
  for (var f = document.getElementsByTagName('iframe'), i = 0; i < f.length; i++) {
    if (f[i].contentWindow === e.source) {
      if (new URL(f[i].src, location.href).origin === e.origin) f[i].style.height = Math.ceil(h) + 'px';
      return;
    }
  }
});
