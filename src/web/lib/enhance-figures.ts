// Svelte action for rendered answer HTML: every mermaid diagram (`figure.diagram`, inline SVG) gets an
// "Enlarge" button that opens it full size in a modal <dialog> (Escape, the close button or a click outside
// closes it, and the browser returns focus to the button). Figures from the examples need no script: they are
// already links to their SVG file (core/render/rehype-figures.ts), which the browser opens full size.

function openLightbox(svg: SVGSVGElement, label: string): void {
  const dialog = document.createElement('dialog');
  dialog.className = 'lightbox';
  dialog.setAttribute('aria-label', label);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'lightbox-close';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog.close());
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('width');
  copy.removeAttribute('height');
  copy.classList.add('lightbox-svg');
  dialog.append(close, copy);
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}

function addEnlarge(figure: HTMLElement): void {
  if (figure.querySelector(':scope > .enlarge-button')) return;
  const svg = figure.querySelector<SVGSVGElement>(':scope > svg');
  if (!svg) return;
  const label = svg.getAttribute('aria-label') ?? 'Diagram';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'enlarge-button';
  button.textContent = 'Enlarge';
  button.setAttribute('aria-label', `Enlarge diagram: ${label}`);
  button.addEventListener('click', () => openLightbox(svg, label));
  figure.append(button);
}

export function enhanceFigures(node: HTMLElement) {
  const run = () => node.querySelectorAll<HTMLElement>('figure.diagram').forEach(addEnlarge);
  run();
  const observer = new MutationObserver(run);
  observer.observe(node, { childList: true, subtree: true });
  return { destroy: () => observer.disconnect() };
}
