// Applies the saved theme before first paint (no flash of the wrong theme). With no saved choice the page
// follows the system setting through CSS media queries. Kept tiny and external: the CSP allows no inline script.
try {
  var saved = localStorage.getItem('mlprep.theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.setAttribute('data-theme', saved);
} catch (e) {
  /* storage disabled: follow the system */
}
