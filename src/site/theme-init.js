/* Runs in <head> before first paint; inlined by src/layouts/Base.astro, hashed for the CSP by astro.config.mjs. */
// Before first paint: a stored theme choice pins light or dark; otherwise the system decides.
(function (r) {
  r.classList.add('js');
  try {
    var t = localStorage.getItem('theme');
    if (t === 'light' || t === 'dark') r.dataset.theme = t;
  } catch (e) {}
})(document.documentElement);
