// Reading aids (a file: the CSP allows no inline script; a module: no globals). Without it a reference
// still links to its verse and its box shows on hover and focus (src/styles/scripture-ref.css).
let open = null; // the toggle whose box is open

// A box's slot for a verse printed elsewhere on the page is filled from that one copy (src/lib/scripture/verse-preview.ts).
for (const slot of document.querySelectorAll('[data-verse-from]')) {
  const source = document.querySelector(`[data-verse="${slot.dataset.verseFrom}"]`);
  if (source) slot.replaceChildren(...[...source.childNodes].map((node) => node.cloneNode(true)));
}

// A toggle after each reference with a box (src/plugins/scripture-links.ts), shown where there is no hover.
for (const link of document.querySelectorAll('a.scripture-ref[aria-describedby]')) {
  const tip = document.getElementById(link.getAttribute('aria-describedby'));
  const group = link.parentElement;
  if (!tip || tip.parentElement !== group) continue;
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'scripture-ref-toggle';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', tip.id);
  // One name in the edition's words, whatever the state (aria-expanded says it).
  toggle.setAttribute('aria-label', tip.dataset.label || link.textContent);
  toggle.textContent = '▾';
  link.after(toggle);
  toggle.addEventListener('click', () => {
    const opening = toggle !== open;
    close();
    if (!opening) return;
    group.classList.remove('is-dismissed');
    toggle.setAttribute('aria-expanded', 'true');
    open = toggle;
    // A box opened low on a phone's screen is scrolled just into view.
    const box = tip.getBoundingClientRect();
    if (box.bottom > innerHeight || box.top < 0) tip.scrollIntoView({ block: 'nearest' });
  });
  // Focus on the reference or in its box keeps the box shown, also while Tab moves from one to the
  // other (CSS :focus matches neither then); the toggle's focus leaves it to the toggle.
  group.addEventListener('focusin', (event) => group.classList.toggle('has-focus', event.target !== toggle));
  // Escape hides a hover or focus box until the pointer or focus leaves (WCAG 1.4.13).
  group.addEventListener('mouseleave', () => group.classList.remove('is-dismissed'));
  group.addEventListener('focusout', (event) => {
    if (!group.contains(event.relatedTarget)) group.classList.remove('is-dismissed', 'has-focus');
  });
}

function close() {
  open?.setAttribute('aria-expanded', 'false');
  open = null;
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const toggle = open;
  const focused = document.activeElement;
  const group = focused?.closest('.scripture-ref-group');
  close();
  for (const shown of document.querySelectorAll('.scripture-ref-group:hover, .scripture-ref-group:focus-within')) shown.classList.add('is-dismissed');
  // Focus returns to the open box's toggle, or from inside a box to its reference.
  if (toggle && toggle.parentElement === group) toggle.focus();
  else if (focused?.closest('.scripture-ref-tip')) group.querySelector('a.scripture-ref').focus();
});

// A tap or click outside the open box and its reference closes it.
document.addEventListener('click', (event) => {
  if (open && !open.parentElement.contains(event.target)) close();
});

// On paper, no copy of the address after a link whose words are that address (src/styles/print.css).
const address = (text) => text.trim().toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '');
for (const link of document.querySelectorAll(':is(.prose, .source-line) a[href^="http"]')) {
  if (address(link.textContent) === address(link.href)) link.classList.add('shows-address');
}

// The print date is the reader's day, set when printing starts; words and locale from PrintColophon.astro.
const stamp = document.querySelector('.print-colophon__date');
addEventListener('beforeprint', () => {
  if (!stamp) return;
  const day = new Date().toLocaleDateString(stamp.dataset.locale, { day: 'numeric', month: 'long', year: 'numeric' });
  stamp.textContent = stamp.dataset.template.replace('{date}', day);
});
