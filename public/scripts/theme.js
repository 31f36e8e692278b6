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
  var dark = window.matchMedia('(prefers-color-scheme: dark)');
  function system() {
    return dark.matches ? 'dark' : 'light';
  }
  function current() {
    return root.getAttribute('data-theme') || system();
  }
  apply(stored());
  // Marks the page as scripted before the first paint, so controls that need JavaScript are shown
  // in place from the start (CSS .needs-js) instead of appearing later and moving the page.
  root.classList.add('js');
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-toggle');
    if (!button) return;
    // A click always shows the other theme. When that is the system's, the reader's choice is
    // forgotten and the page follows the system again (also when it changes later); otherwise it is kept.
    function label() {
      var next = current() === 'dark' ? 'light' : 'dark';
      // The words are the page's (Header.astro): data-label-light, data-label-dark, data-label-system-….
      button.setAttribute('aria-label', button.getAttribute((next === system() ? 'data-label-system-' : 'data-label-') + next));
      button.setAttribute('aria-pressed', current() === 'dark' ? 'true' : 'false');
    }
    button.hidden = false;
    label();
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      var follow = next === system();
      apply(follow ? null : next);
      try {
        if (follow) localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, next);
      } catch (e) { /* private mode: the choice lasts for this page */ }
      label();
    });
    if (dark.addEventListener) dark.addEventListener('change', label);
  });
})();
