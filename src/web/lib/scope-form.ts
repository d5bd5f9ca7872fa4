// The review page's scope picker as a small form model, and its conversion to and from the scope text of the
// API (core/progress/scope.ts): `all`, `topics:01,02`, `part:10:1-3`, `path:id[:step]`, `difficulty:hard`,
// `essential`, `flagged`, `questions:a,b`. A scope the form cannot express (several filters joined by `;`, a question
// list) is kept verbatim as kind 'custom' so that a "Study this" link from another page still works. Pure.

import type { Difficulty } from '../../core/model/index.js';

export type ScopeKind = 'all' | 'topics' | 'part' | 'path' | 'difficulty' | 'essential' | 'flagged' | 'custom';

export interface ScopeForm {
  kind: ScopeKind;
  topics: string[];
  /** The topic of a part scope, and its part numbers. */
  partTopic: string;
  parts: number[];
  path: string;
  /** 0 = the whole path, else a 1-based step. */
  step: number;
  difficulty: Difficulty;
  custom: string;
}

export const emptyScopeForm = (): ScopeForm => ({
  kind: 'all',
  topics: [],
  partTopic: '',
  parts: [],
  path: '',
  step: 0,
  difficulty: 'medium',
  custom: '',
});

/** Part numbers as the API's list: consecutive runs become ranges ("1-3,5"). */
export function formatParts(parts: readonly number[]): string {
  const sorted = [...new Set(parts)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(',');
}

function parseParts(text: string): number[] {
  return text.split(',').flatMap((run) => {
    // "3" or "1-3": a single part or an inclusive range.
    const m = /^(\d+)(?:-(\d+))?$/.exec(run.trim());
    if (!m) return [];
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
  });
}

/** The scope text for a form, or null while the form is incomplete (e.g. no topic chosen yet). */
export function scopeFromForm(f: ScopeForm): string | null {
  switch (f.kind) {
    case 'all':
    case 'essential':
    case 'flagged':
      return f.kind;
    case 'topics':
      return f.topics.length ? `topics:${f.topics.join(',')}` : null;
    case 'part':
      return f.partTopic && f.parts.length ? `part:${f.partTopic}:${formatParts(f.parts)}` : null;
    case 'path':
      return f.path ? `path:${f.path}${f.step > 0 ? `:${f.step}` : ''}` : null;
    case 'difficulty':
      return `difficulty:${f.difficulty}`;
    case 'custom':
      return f.custom.trim() || null;
  }
}

const DIFFICULTY = new Set(['easy', 'medium', 'hard']);

export function formFromScope(text: string): ScopeForm {
  const f = emptyScopeForm();
  const scope = text.trim() || 'all';
  const [kind = '', ...rest] = scope.split(':');
  const arg = rest.join(':');
  if (scope.includes(';')) return { ...f, kind: 'custom', custom: scope };
  if (kind === 'all' || kind === 'essential' || (kind === 'flagged' && !arg)) return { ...f, kind };
  if (kind === 'topics' && arg) return { ...f, kind, topics: arg.split(',').filter(Boolean) };
  if (kind === 'part') {
    const [topic = '', parts = ''] = arg.split(':');
    const numbers = parseParts(parts);
    if (topic && numbers.length) return { ...f, kind, partTopic: topic, parts: numbers };
  }
  if (kind === 'path' && arg) {
    const [path = '', step] = arg.split(':');
    const n = Number(step ?? 0);
    return { ...f, kind, path, step: Number.isInteger(n) && n > 0 ? n : 0 };
  }
  if (kind === 'difficulty' && DIFFICULTY.has(arg)) return { ...f, kind, difficulty: arg as Difficulty };
  return { ...f, kind: 'custom', custom: scope };
}
