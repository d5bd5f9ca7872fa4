// Light/dark theme. With no saved choice the page follows the system (CSS media queries); the toggle saves an
// explicit choice as data-theme on <html> (public/theme-init.js re-applies it before first paint).

import { readPref, writePref } from './prefs.js';

type Theme = 'light' | 'dark';
const media = window.matchMedia('(prefers-color-scheme: dark)');

function current(): Theme {
  const set = document.documentElement.getAttribute('data-theme');
  if (set === 'light' || set === 'dark') return set;
  return media.matches ? 'dark' : 'light';
}

export const theme = $state({ value: current() });

media.addEventListener('change', () => {
  if (!readPref('theme')) theme.value = current();
});

export function toggleTheme(): void {
  const next: Theme = theme.value === 'dark' ? 'light' : 'dark';
  document.documentElement.setAttribute('data-theme', next);
  writePref('theme', next);
  theme.value = next;
}
