/*
 * The search dialog's code. The page script (src/site/site.js) imports this module when the reader
 * first opens search, so no page carries search code before that; this module then loads Pagefind's
 * code and index. Hand-written and small, so it is served as it is (no build step).
 * Results: up to 8, each a link and an excerpt rebuilt as text and <mark> nodes, never trusted as markup.
 */
export function start(dialog) {
  var d = document, q = dialog.querySelector('input'), st = dialog.querySelector('[role=status]'),
    ul = dialog.querySelector('ul'), pf = null;
  var excerpt = function (html) {
    var p = d.createElement('p');
    new DOMParser().parseFromString(html, 'text/html').body.childNodes.forEach(function (n) {
      if (n.nodeName === 'MARK') { var k = d.createElement('mark'); k.textContent = n.textContent; p.append(k); }
      else p.append(n.textContent);
    });
    return p;
  };
  var run = function () {
    if (!pf) return;
    pf.debouncedSearch(q.value).then(function (res) {
      if (!res) return;
      return Promise.all(res.results.slice(0, 8).map(function (x) { return x.data(); })).then(function (items) {
        ul.replaceChildren();
        items.forEach(function (it) {
          var li = d.createElement('li'), a = d.createElement('a');
          a.href = it.url;
          a.textContent = it.meta.title;
          li.append(a, excerpt(it.excerpt));
          ul.append(li);
        });
        st.textContent = q.value.trim() && !items.length ? dialog.dataset.none : '';
      });
    });
  };
  q.addEventListener('input', run);
  st.textContent = dialog.dataset.loading;
  return import(dialog.dataset.base + 'pagefind/pagefind.js').then(function (m) {
    return m.options({ baseUrl: dialog.dataset.base }).then(function () { pf = m; st.textContent = ''; run(); });
  });
}
