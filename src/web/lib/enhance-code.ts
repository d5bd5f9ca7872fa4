// Svelte action for rendered answer HTML: gives every Shiki code block a copy button. The HTML comes from the
// server already sanitized; this only adds our own button next to each <pre>.

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function addButton(pre: HTMLPreElement): void {
  if (pre.parentElement?.classList.contains('code-block')) return;
  const wrap = document.createElement('div');
  wrap.className = 'code-block';
  pre.replaceWith(wrap);
  wrap.append(pre);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', 'Copy code to clipboard');
  button.addEventListener('click', async () => {
    const ok = await copyText(pre.innerText.replace(/\n$/, ''));
    button.textContent = ok ? 'Copied' : 'Copy failed';
    window.setTimeout(() => (button.textContent = 'Copy'), 1600);
  });
  wrap.append(button);
}

export function enhanceCode(node: HTMLElement) {
  const run = () => node.querySelectorAll<HTMLPreElement>('pre.shiki').forEach(addButton);
  run();
  const observer = new MutationObserver(run);
  observer.observe(node, { childList: true, subtree: true });
  return { destroy: () => observer.disconnect() };
}
