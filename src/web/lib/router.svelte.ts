// A tiny history-API router. Same-origin links are intercepted once at the document level, so page markup
// uses plain <a href> (which keeps middle-click, copy link and keyboard use). After each navigation focus
// moves to the main region (screen readers announce the new page) and the view scrolls to the #hash target.

import { tick } from 'svelte';

export type Route =
  | { name: 'home' }
  | { name: 'topic'; id: string }
  | { name: 'question'; id: string }
  | { name: 'search' }
  | { name: 'about' }
  | { name: 'paths' }
  | { name: 'path'; id: string }
  | { name: 'checklists' }
  | { name: 'mock'; id: string | null }
  | { name: 'tips' }
  | { name: 'must-know' }
  | { name: 'references' }
  | { name: 'review' }
  | { name: 'cards' }
  | { name: 'settings' }
  | { name: 'night-before' }
  | { name: 'exercises' }
  | { name: 'exercise'; id: string }
  | { name: 'not-found' };

function parse(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' };
  if (pathname === '/search') return { name: 'search' };
  if (pathname === '/about') return { name: 'about' };
  if (pathname === '/review') return { name: 'review' };
  if (pathname === '/cards') return { name: 'cards' };
  if (pathname === '/settings') return { name: 'settings' };
  if (pathname === '/night-before') return { name: 'night-before' };
  if (pathname === '/paths') return { name: 'paths' };
  if (pathname === '/checklists') return { name: 'checklists' };
  if (pathname === '/mock') return { name: 'mock', id: null };
  if (pathname === '/tips') return { name: 'tips' };
  if (pathname === '/must-know') return { name: 'must-know' };
  if (pathname === '/references') return { name: 'references' };
  if (pathname === '/exercises') return { name: 'exercises' };
  const ex = /^\/exercises\/([^/]+)\/?$/.exec(pathname); // /exercises/<id>
  if (ex) return { name: 'exercise', id: decodeURIComponent(ex[1]!) };
  const prep = /^\/(paths|mock)\/([^/]+)\/?$/.exec(pathname); // /paths/<id>, /mock/<id>
  if (prep)
    return prep[1] === 'paths' ? { name: 'path', id: decodeURIComponent(prep[2]!) } : { name: 'mock', id: decodeURIComponent(prep[2]!) };
  const m = /^\/(t|q)\/([^/]+)\/?$/.exec(pathname);
  if (m) return m[1] === 't' ? { name: 'topic', id: decodeURIComponent(m[2]!) } : { name: 'question', id: decodeURIComponent(m[2]!) };
  return { name: 'not-found' };
}

export const location = $state({ path: window.location.pathname, search: window.location.search, hash: window.location.hash });
export const router = $state({ route: parse(window.location.pathname) });

function sync(): void {
  location.path = window.location.pathname;
  location.search = window.location.search;
  location.hash = window.location.hash;
  router.route = parse(window.location.pathname);
}

/** Scroll to the element named by the hash (after the page rendered it), else to the top. */
export async function revealHash(): Promise<void> {
  await tick();
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (target) {
    target.scrollIntoView({ block: 'start' });
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }
}

/** @param opts.keepFocus leave focus where it is (the search box navigates while the user types). */
export function navigate(href: string, opts: { replace?: boolean; keepFocus?: boolean } = {}): void {
  const url = new URL(href, window.location.href);
  const samePage = url.pathname === window.location.pathname && url.search === window.location.search;
  if (opts.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  sync();
  if (samePage) void revealHash();
  else if (!url.hash) {
    window.scrollTo(0, 0);
    if (!opts.keepFocus) void tick().then(() => document.getElementById('main')?.focus({ preventScroll: true }));
  }
}

export function startRouter(): void {
  window.addEventListener('popstate', () => {
    sync();
    void revealHash();
  });
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (!a || a.target || a.hasAttribute('download') || a.origin !== window.location.origin) return;
    e.preventDefault();
    navigate(a.pathname + a.search + a.hash);
  });
}
