// Reading aids: verse boxes that open with a tap, and the date on a printed copy. A file, as the CSP
// allows no inline script; without it a reference still links to its verse and its box shows on hover
// and focus (src/styles/scripture-ref.css). A module: its names stay out of the global scope.
var open = null; // the toggle whose box is open

// A box shows a verse the page prints elsewhere through an empty slot (src/lib/scripture/verse-preview.ts):
// its words are copied from the one printed copy, so the page carries them once.
document.querySelectorAll('[data-verse-from]').forEach(function (slot) {
  var source = document.querySelector('[data-verse="' + slot.getAttribute('data-verse-from') + '"]');
  if (source) slot.replaceChildren.apply(slot, Array.from(source.childNodes, function (node) { return node.cloneNode(true); }));
});

// A toggle after each reference with a box (src/plugins/scripture-links.ts), shown where there is no hover.
document.querySelectorAll('a.scripture-ref[aria-describedby]').forEach(function (link) {
  var tip = document.getElementById(link.getAttribute('aria-describedby'));
  if (!tip || tip.parentElement !== link.parentElement) return;
  var group = link.parentElement;
  var toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'scripture-ref-toggle';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', tip.id);
  // One name whatever the state, in the edition's words (data-label): aria-expanded says whether the box is open.
  toggle.setAttribute('aria-label', tip.getAttribute('data-label') || link.textContent);
  toggle.textContent = '\u25BE';
  link.after(toggle);
  toggle.addEventListener('click', function () {
    var opening = toggle !== open;
    close();
    if (opening) {
      group.classList.remove('is-dismissed');
      toggle.setAttribute('aria-expanded', 'true');
      open = toggle;
      onScreen(tip);
    }
  });
  // Keyboard focus on the reference or in its box keeps the box shown (has-focus), also in the moment
  // Tab moves from the reference to the box's link, when CSS :focus matches neither; focus on the
  // toggle leaves the box to the toggle's state.
  group.addEventListener('focusin', function (event) { group.classList.toggle('has-focus', event.target !== toggle); });
  // Escape hides a hover or focus box until the pointer or focus leaves (WCAG 1.4.13).
  group.addEventListener('mouseleave', function () { group.classList.remove('is-dismissed'); });
  group.addEventListener('focusout', function (event) {
    if (group.contains(event.relatedTarget)) return;
    group.classList.remove('is-dismissed', 'has-focus');
  });
});

// An opened box below the fold (a reference low on a phone's screen) is scrolled just into view.
function onScreen(tip) {
  var box = tip.getBoundingClientRect();
  if (box.bottom > window.innerHeight || box.top < 0) tip.scrollIntoView({ block: 'nearest' });
}

function close() {
  if (!open) return;
  open.setAttribute('aria-expanded', 'false');
  open = null;
}

document.addEventListener('keydown', function (event) {
  if (event.key !== 'Escape') return;
  var toggle = open;
  var focused = document.activeElement;
  var group = focused && focused.closest ? focused.closest('.scripture-ref-group') : null;
  close();
  document.querySelectorAll('.scripture-ref-group:hover, .scripture-ref-group:focus-within').forEach(function (hovered) {
    hovered.classList.add('is-dismissed');
  });
  // Focus returns to what opened the box: its toggle if it was open, else its reference (never left in a hidden box).
  if (!group) return;
  if (toggle && toggle.parentElement === group) toggle.focus();
  else if (focused.closest('.scripture-ref-tip')) group.querySelector('a.scripture-ref').focus();
});

// A tap or click anywhere outside the open box and its reference closes it.
document.addEventListener('click', function (event) {
  if (open && !open.parentElement.contains(event.target)) close();
});

// A link whose words are its own address (`<https://example.org/report>`, `example.org/report`) needs
// no copy of the address after it on paper (src/styles/print.css).
function address(text) {
  return text.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}
document.querySelectorAll('.prose a[href^="http"], .source-line a[href^="http"]').forEach(function (link) {
  if (address(link.textContent) === address(link.getAttribute('href'))) link.classList.add('shows-address');
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
