// Reading aids: tap-to-open verse previews, and the date on a printed copy. A file, as the CSP allows
// no inline script; without it a reference still links to the scripture index and previews on hover
// and focus (src/styles/scripture-ref.css). A module: its names stay out of the global scope.
var copies = 0;
var open = null; // the toggle whose preview is open

// A toggle after each previewed reference (src/plugins/scripture-links.ts); a later reference to a
// passage previewed earlier gets its own copy of the preview.
document.querySelectorAll('a.scripture-ref[aria-describedby]').forEach(function (link) {
  var tip = document.getElementById(link.getAttribute('aria-describedby'));
  if (!tip) return;
  var group = link.parentElement;
  if (tip.parentElement !== group) {
    group = document.createElement('span');
    group.className = 'scripture-ref-group';
    link.replaceWith(group);
    group.append(link);
    tip = tip.cloneNode(true);
    tip.id += '-' + ++copies;
    link.setAttribute('aria-describedby', tip.id);
    group.append(tip);
  }
  var toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'scripture-ref-toggle';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', tip.id);
  // One name whatever the state: aria-expanded says whether the text is shown.
  toggle.setAttribute('aria-label', 'King James text of ' + link.textContent);
  toggle.textContent = '▾';
  link.after(toggle);
  toggle.addEventListener('click', function () {
    var opening = toggle !== open;
    close();
    if (opening) {
      group.classList.remove('is-dismissed');
      toggle.setAttribute('aria-expanded', 'true');
      open = toggle;
    }
  });
  // Escape hides a hover or focus preview until the pointer or focus leaves (WCAG 1.4.13).
  group.addEventListener('mouseleave', function () { group.classList.remove('is-dismissed'); });
  group.addEventListener('focusout', function () { group.classList.remove('is-dismissed'); });
});

function close() {
  if (!open) return;
  open.setAttribute('aria-expanded', 'false');
  open = null;
}

document.addEventListener('keydown', function (event) {
  if (event.key !== 'Escape') return;
  var toggle = open;
  close();
  // Focus returns to the toggle whose preview closed, if it was in that preview's reference.
  if (toggle && toggle.parentElement.contains(document.activeElement)) toggle.focus();
  document.querySelectorAll('.scripture-ref-group:hover, .scripture-ref-group:focus-within').forEach(function (group) {
    group.classList.add('is-dismissed');
  });
});

// A tap or click anywhere outside the open preview and its reference closes it.
document.addEventListener('click', function (event) {
  if (open && !open.parentElement.contains(event.target)) close();
});

// The date a copy was printed: set when printing starts, so it is the reader's day, not the build's.
var stamp = document.querySelector('.print-colophon__date');
if (stamp) {
  window.addEventListener('beforeprint', function () {
    // The words and locale are the page's (PrintColophon.astro): data-template with {date}, data-locale.
    var day = new Date().toLocaleDateString(stamp.getAttribute('data-locale'), { day: 'numeric', month: 'long', year: 'numeric' });
    stamp.textContent = stamp.getAttribute('data-template').replace('{date}', day);
  });
}
