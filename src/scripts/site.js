/*
 * The site's only page script, inlined at the end of <body> (hashed for the CSP by astro.config.mjs):
 * theme toggle, copy buttons, and the search dialog, whose Pagefind code loads when it first opens.
 */
(function (d) {
  var r = d.documentElement, me = d.currentScript;
  // Theme toggle: flips the theme in effect and remembers it.
  var b = d.querySelector('[data-theme-toggle]'), m = matchMedia('(prefers-color-scheme: dark)');
  var dark = function () { return (r.dataset.theme || (m.matches ? 'dark' : 'light')) === 'dark'; };
  var sync = function () { b.setAttribute('aria-pressed', String(dark())); };
  sync();
  m.addEventListener('change', sync);
  b.addEventListener('click', function () {
    r.dataset.theme = dark() ? 'light' : 'dark';
    try { localStorage.setItem('theme', r.dataset.theme); } catch (e) {}
    sync();
  });
  // Copy buttons on code blocks.
  d.querySelectorAll('pre.astro-code').forEach(function (pre) {
    var w = d.createElement('div'), c = d.createElement('button');
    w.className = 'code-wrap';
    c.type = 'button';
    c.className = 'code-copy';
    c.textContent = me.dataset.copy;
    c.addEventListener('click', function () {
      navigator.clipboard.writeText(pre.innerText).then(function () {
        c.textContent = me.dataset.copied;
        setTimeout(function () { c.textContent = me.dataset.copy; }, 1500);
      }, function () {});
    });
    pre.replaceWith(w);
    w.append(pre, c);
  });
  // Search: Pagefind's code and index load only when the dialog first opens.
  var s = d.querySelector('.search-dialog'), q = s.querySelector('input'), st = s.querySelector('[role=status]'),
    ul = s.querySelector('ul'), pf = null;
  var excerpt = function (html) {
    // Pagefind marks hits with <mark>; rebuild those as nodes instead of trusting markup.
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
        st.textContent = q.value.trim() && !items.length ? s.dataset.none : '';
      });
    });
  };
  d.querySelector('[data-search-open]').addEventListener('click', function () {
    s.showModal();
    if (pf) return;
    st.textContent = s.dataset.loading;
    import(s.dataset.src).then(function (m) {
      return m.options({ baseUrl: s.dataset.base }).then(function () { pf = m; st.textContent = ''; run(); });
    }, function () { st.textContent = s.dataset.error; });
  });
  q.addEventListener('input', run);
})(document);
