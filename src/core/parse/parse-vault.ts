// A whole vault from its files: `NN_Title.md` are topics, other `.md` files are notes, `study.yaml` is the
// plan. The caller (node/load-vault, or a test) supplies the text, so this stays isomorphic.

import { type Diagnostic, type Note, type StudyPlan, type Topic, type Vault } from '../model/index.js';
import { parseNote } from './parse-note.js';
import { parsePlan } from './parse-plan.js';
import { parseTopic } from './parse-topic.js';

export interface SourceFile {
  /** Path relative to the vault root, with `/` separators. */
  file: string;
  source: string;
}

export const PLAN_FILE = 'study.yaml';
/** `07_Neural_Architectures.md`: two digits, an underscore, a name. */
export const TOPIC_FILE = /^\d{2}_[^/]+\.md$/;

export function parseVault(files: readonly SourceFile[]): Vault {
  const topics: Topic[] = [];
  const notes: Note[] = [];
  let plan: StudyPlan | null = null;
  const diagnostics: Diagnostic[] = [];
  const sorted = [...files].sort((a, b) => a.file.localeCompare(b.file));
  for (const { file, source } of sorted) {
    const base = file.split('/').pop() ?? file;
    if (file === PLAN_FILE) {
      const parsed = parsePlan(file, source);
      plan = parsed.plan;
      diagnostics.push(...parsed.diagnostics);
    } else if (TOPIC_FILE.test(base)) {
      const parsed = parseTopic(file, source);
      if (parsed.topic) topics.push(parsed.topic);
      diagnostics.push(...parsed.diagnostics);
    } else if (base.endsWith('.md')) {
      const parsed = parseNote(file, source);
      if (parsed.note) notes.push(parsed.note);
      diagnostics.push(...parsed.diagnostics);
    }
  }
  return { topics, notes, plan, diagnostics };
}
