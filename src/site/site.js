/*
 * The site's only page script, inlined at the end of <body> (hashed for the CSP by astro.config.mjs):
 * theme toggle, copy buttons, and the search button, which loads the search code when first pressed.
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
  // Search: its code (public/search.js, then Pagefind's code and index) loads when the dialog first opens.
  var s = d.querySelector('.search-dialog'), started = false;
  d.querySelector('[data-search-open]').addEventListener('click', function () {
    s.showModal();
    if (started) return;
    started = true;
    import(s.dataset.base + 'search.js').then(function (m) { return m.start(s); }).catch(function () {
      s.querySelector('[role=status]').textContent = s.dataset.error;
    });
  });
})(document);
