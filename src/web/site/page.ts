// The static site's page script (built by esbuild into assets/page.js; node/emit/site-scripts.ts). Answers are
// <details>, so pages work without it; it only adds what needs a script: a "Show all answers" toggle on topic
// pages, every answer open while printing, and the answer a link points at (#q-<id>) opened on arrival.

const answers = () => Array.from(document.querySelectorAll<HTMLDetailsElement>('details.answer'));

function openTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const el = id ? document.getElementById(id) : null;
  const details = el?.querySelector<HTMLDetailsElement>('details.answer') ?? (el instanceof HTMLDetailsElement ? el : null);
  if (details) details.open = true;
}

function addShowAll(toolbar: HTMLElement): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'toggle';
  button.setAttribute('aria-pressed', 'false');
  button.textContent = 'Show all answers';
  button.addEventListener('click', () => {
    const show = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(show));
    for (const d of answers()) d.open = show;
  });
  toolbar.append(button);
}

const toolbarEl = document.querySelector<HTMLElement>('[data-toolbar]');
if (toolbarEl) addShowAll(toolbarEl);
// Printing shows every answer; the ones that were closed close again afterwards.
let closedBeforePrint: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  closedBeforePrint = answers().filter((d) => !d.open);
  for (const d of closedBeforePrint) d.open = true;
});
addEventListener('afterprint', () => {
  for (const d of closedBeforePrint) d.open = false;
});
addEventListener('hashchange', openTarget);
openTarget();

export {}; // a module, so its names stay out of the global scope
