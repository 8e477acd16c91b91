/*
 * The search dialog's code. The page script (src/site/site.js) imports this module when the reader
 * first opens search, so no page carries search code before that; this module then loads Pagefind's
 * code and index. Hand-written and small, so it is served as it is (no build step).
 * Pagefind keeps one index per language (<html lang>) and loads the page's own; the others are merged in,
 * so a Chinese query on an English page finds the Chinese pages. Results of the page's language come
 * first; one from another language is marked with that language's name (the page's `lang` meta, set by
 * src/layouts/Page.astro).
 * Keys: Enter in the box opens the first result; ↓ and ↑ move through the results (the focused link is
 * the selected one, and Enter follows it); ↑ from the first goes back to the box.
 * Results: up to 8, each a link to the page's best matching section (its title after the page's) and that
 * section's excerpt, rebuilt as text and <mark> nodes, never trusted as markup.
 */
export function start(dialog) {
  var d = document, q = dialog.querySelector('input'), st = dialog.querySelector('[role=status]'),
    ul = dialog.querySelector('ul'), pf = null, names = JSON.parse(dialog.dataset.langs),
    own = d.documentElement.lang.toLowerCase();
  var excerpt = function (html) {
    var p = d.createElement('p');
    new DOMParser().parseFromString(html, 'text/html').body.childNodes.forEach(function (n) {
      if (n.nodeName === 'MARK') { var k = d.createElement('mark'); k.textContent = n.textContent; p.append(k); }
      else p.append(n.textContent);
    });
    return p;
  };
  // The section that matches best: Pagefind's sub_results are the page cut at its headings with ids, each with
  // the heading's address (url#id), its title and its own excerpt. The one whose matches weigh most wins; text
  // before the first heading (no anchor) links to the page itself.
  // @see https://pagefind.app/docs/sub-results/
  var section = function (it) {
    var best = null, top = 0;
    (it.sub_results || []).forEach(function (r) {
      var w = (r.weighted_locations || []).reduce(function (t, x) { return t + x.balanced_score; }, 0) || r.locations.length;
      if (w > top) { best = r; top = w; }
    });
    return best && best.anchor ? best : null;
  };
  var links = function () { return [].slice.call(ul.querySelectorAll('a')); };
  var run = function () {
    if (!pf) return;
    pf.debouncedSearch(q.value).then(function (res) {
      if (!res) return;
      return Promise.all(res.results.slice(0, 24).map(function (x) { return x.data(); })).then(function (items) {
        var lang = function (it) { return String(it.meta.lang || own).toLowerCase(); };
        var mine = items.filter(function (it) { return lang(it) === own; });
        var other = items.filter(function (it) { return lang(it) !== own; });
        // Up to 8 in all; the page's language first, with room for up to 3 from the others.
        items = mine.slice(0, 8 - Math.min(3, other.length)).concat(other).slice(0, 8);
        ul.replaceChildren();
        items.forEach(function (it) {
          var sub = section(it), li = d.createElement('li'), a = d.createElement('a'), p = excerpt(sub ? sub.excerpt : it.excerpt), l = lang(it);
          a.href = sub ? sub.url : it.url;
          a.textContent = it.meta.title;
          if (sub) {
            var where = d.createElement('span');
            where.className = 'search-section';
            where.textContent = sub.title;
            a.append(' › ', where);
          }
          if (l !== own) {
            var tag = d.createElement('span');
            tag.className = 'search-lang';
            tag.textContent = names[l] || l;
            li.lang = p.lang = a.hreflang = it.meta.lang;
            a.append(' ', tag);
          }
          li.append(a, p);
          ul.append(li);
        });
        st.textContent = q.value.trim() && !items.length ? dialog.dataset.none : '';
      });
    });
  };
  q.addEventListener('input', run);
  dialog.querySelector('form').addEventListener('submit', function () {
    var first = links()[0];
    if (first) first.click();
  });
  dialog.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    var all = links(), i = all.indexOf(d.activeElement);
    if (!all.length) return;
    e.preventDefault();
    var next = e.key === 'ArrowDown' ? Math.min(i + 1, all.length - 1) : i - 1;
    (next < 0 ? q : all[next]).focus();
  });
  st.textContent = dialog.dataset.loading;
  var base = dialog.dataset.base + 'pagefind/';
  return import(base + 'pagefind.js').then(function (m) {
    return m.options({ baseUrl: dialog.dataset.base }).then(function () {
      // Pagefind skips a merge whose path starts its own (it takes it for the same index), so the other
      // languages are merged from the same bundle by its absolute URL, each by its language key.
      var url = new URL(base, location.href).href;
      return Promise.all(Object.keys(names).filter(function (l) { return l !== own; }).map(function (l) {
        return m.mergeIndex(url, { language: l, baseUrl: dialog.dataset.base });
      }));
    }).then(function () { pf = m; st.textContent = ''; run(); });
  });
}
