// Theme: runs in <head> before the first paint, so a remembered choice never flashes the other
// theme. An external file, because the Content-Security-Policy allows no inline script.
(function () {
  var KEY = 'theme';
  var root = document.documentElement;
  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function apply(theme) {
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    else root.removeAttribute('data-theme');
  }
  function current() {
    var chosen = root.getAttribute('data-theme');
    if (chosen) return chosen;
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  apply(stored());
  // Marks the page as scripted before the first paint, so controls that need JavaScript are shown
  // in place from the start (CSS .needs-js) instead of appearing later and moving the page.
  root.classList.add('js');
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-toggle');
    if (!button) return;
    function label() {
      var next = current() === 'dark' ? 'light' : 'dark';
      // The words are the page's (Header.astro): data-label-light, data-label-dark.
      button.setAttribute('aria-label', button.getAttribute('data-label-' + next));
      button.setAttribute('aria-pressed', current() === 'dark' ? 'true' : 'false');
    }
    button.hidden = false;
    label();
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      apply(next);
      try { localStorage.setItem(KEY, next); } catch (e) { /* private mode: the choice lasts for this page */ }
      label();
    });
  });
})();
