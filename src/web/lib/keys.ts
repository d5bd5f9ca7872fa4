// Global keyboard shortcuts. A shortcut never fires while the user types in a field, or with a modifier key
// held (so browser shortcuts keep working).
//   /        focus the search box
//   j / k    next / previous question (topic page)
//   Space    reveal the answer of the current question (topic and question pages; review has its own handler)
//   r        reveal or hide the answer of the current question
//   a        show or hide all answers on this page (topic page; never remembered)
//   ?        the shortcut sheet (components/shortcut-sheet.svelte lists every key)

export type KeyHandler = (e: KeyboardEvent) => boolean | void;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

const handlers = new Map<string, KeyHandler>();

/** Register a handler for a key; returns the function that removes it (use it in an $effect cleanup). */
export function onKey(key: string, handler: KeyHandler): () => void {
  handlers.set(key, handler);
  return () => {
    if (handlers.get(key) === handler) handlers.delete(key);
  };
}

export function startKeys(): void {
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    const handler = handlers.get(e.key);
    if (handler && handler(e) !== false) e.preventDefault();
  });
}
