// Lists the executable python examples of a vault and the declared opt-outs.
import type { Vault } from '../core/model/index.js';
import type { Example } from './python/run-examples.js';

export interface OptOut {
  file: string;
  line: number;
  reason: string;
}

export function listExamples(vault: Vault): { examples: Example[]; optOuts: OptOut[] } {
  const examples: Example[] = [];
  const optOuts: OptOut[] = [];
  for (const topic of vault.topics) {
    const blocks = [...topic.code, ...topic.parts.flatMap((p) => p.questions.flatMap((q) => q.code))].filter((b) => b.lang === 'python');
    for (const b of blocks.sort((a, b2) => a.line - b2.line)) {
      if (b.noRun !== undefined) optOuts.push({ file: topic.file, line: b.line, reason: b.noRun });
      else examples.push({ file: topic.file, line: b.line, code: b.code, ...(b.figure !== undefined ? { figure: b.figure } : {}) });
    }
  }
  return { examples, optOuts };
}
