// Small persisted preferences (theme, "show all answers"). localStorage can be disabled or full: every access
// is guarded and falls back to the default, so the app never breaks over a preference.

export function readPref(key: string): string | null {
  try {
    return localStorage.getItem(`mlprep.${key}`);
  } catch {
    return null;
  }
}

export function writePref(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(`mlprep.${key}`);
    else localStorage.setItem(`mlprep.${key}`, value);
  } catch {
    /* not persisted; the in-memory state still applies */
  }
}
