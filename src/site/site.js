/*
 * The site's page script, one hashed file every page links (src/layouts/Base.astro; astro.config.mjs keeps
 * Astro from inlining it), so a reader's walk fetches it once and the cache serves every later page:
 * theme toggle, copy buttons, the contents that follow the reader, the language switch that keeps their
 * place, and search (the button, / and Ctrl/⌘+K), which loads the search code when first opened.
 */
(function (d) {
  var r = d.documentElement, me = d.body; // the copy buttons' words: <body data-copy data-copied>
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
  // The section being read: the last h2/h3 whose top has passed 30% of the window (at the page's end, once
  // the reader has scrolled, the last one on screen). Section ids are the same in every language
  // (build/heading-ids.mjs).
  var heads = [].slice.call(d.querySelectorAll('.prose h2[id], .prose h3[id]'));
  var here = function () {
    var id = '', end = scrollY > 0 && innerHeight + scrollY >= r.scrollHeight - 2;
    heads.forEach(function (h) { if (h.getBoundingClientRect().top < innerHeight * (end ? 1 : 0.3)) id = h.id; });
    return id;
  };
  // Contents that follow: the current section's entries (side column and "On this page") get aria-current.
  // The header (search, language, theme) slides away as the reader scrolls down and comes back as soon as
  // they scroll up, so the language switch is at hand wherever they are, without going back to the top.
  var links = d.querySelectorAll('[data-toc] a'), queued = false, head = d.querySelector('.site-header'), last = scrollY;
  var mark = function () {
    queued = false;
    head.classList.toggle('away', scrollY > last && scrollY > head.offsetHeight);
    last = scrollY;
    var id = '#' + here();
    links.forEach(function (a) {
      if (a.getAttribute('href') === id) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    });
  };
  addEventListener('scroll', function () { if (!queued) { queued = true; requestAnimationFrame(mark); } }, { passive: true });
  mark();
  // The language switch keeps the reader's place. A demo's state (#arrival=5&copy=3…, always with '=')
  // is what the reader made and cannot find again by scrolling, so it takes the fragment; the section
  // then travels in sessionStorage for that one load. Otherwise the fragment is the section.
  d.querySelectorAll('[data-lang-switch]').forEach(function (a) {
    a.addEventListener('click', function () {
      var id = here(), demo = location.hash.indexOf('=') > 0;
      a.hash = demo ? location.hash : id;
      try { if (demo && id) sessionStorage.setItem('section', id); } catch (e) {}
    });
  });
  try {
    var sec = sessionStorage.getItem('section');
    sessionStorage.removeItem('section');
    if (sec && location.hash.indexOf('=') > 0 && d.getElementById(sec)) d.getElementById(sec).scrollIntoView();
  } catch (e) {}
  // Search: its code (public/search.js, then Pagefind's code and index) loads when the dialog first opens.
  var s = d.querySelector('.search-dialog'), q = s.querySelector('input'), started = false;
  var open = function () {
    if (s.open) return;
    s.showModal();
    q.focus();
    if (started) return;
    started = true;
    import(s.dataset.base + 'search.js').then(function (m) { return m.start(s); }).catch(function () {
      s.querySelector('[role=status]').textContent = s.dataset.error;
    });
  };
  d.querySelector('[data-search-open]').addEventListener('click', open);
  s.querySelector('[data-search-close]').addEventListener('click', function () { s.close(); });
  // Esc closes search at once, as its hint says: in a search box the browser's first Esc would only clear the query.
  s.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    s.close();
  });
  // Enter in the box opens a result (public/search.js); before that code is here, it does nothing.
  s.querySelector('form').addEventListener('submit', function (e) { e.preventDefault(); });
  // "/" (when not typing) and Ctrl/⌘+K open search, as on most documentation sites.
  d.addEventListener('keydown', function (e) {
    var t = e.target, typing = /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.isContentEditable;
    var k = e.key === 'k' || e.key === 'K';
    if ((k && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey)) {
      e.preventDefault();
      open();
    }
  });
})(document);
