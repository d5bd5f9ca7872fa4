// Which vault paths mean what. Apart from the parser so that code reading a vault from disk (node/read-vault.ts)
// can list its files without loading the markdown stack.

export const PLAN_FILE = 'study.yaml';
/** `figures/03-roc-curves.svg`: an SVG directly in the figures folder (written by `check --update-figures`). */
export const FIGURE_FILE = /^figures\/[^/]+\.svg$/;
/** `07_Neural_Architectures.md`: two digits, an underscore, a name. */
export const TOPIC_FILE = /^\d{2}_[^/]+\.md$/;

export interface SourceFile {
  /** Path relative to the vault root, with `/` separators. */
  file: string;
  source: string;
  /** Set when the file was not read (a symlink, a FIFO): why. Reported as a warning. */
  skipped?: string;
}
