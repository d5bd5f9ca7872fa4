// Review scopes: which questions a review session draws from, written as a short string so that it fits in a
// URL (`/review?scope=path:ml-engineer:2`). Filters are joined by `;` and intersect:
//   all                      every question (the default)
//   topics:01,02             whole topics
//   part:10:1-3              parts of one topic
//   path:ml-engineer         every step of a study path, in step order;  path:ml-engineer:2  one step
//   difficulty:medium,hard   by difficulty
//   essential                topics marked essential
//   must-know                every must-know concept's questions (study.yaml `mustKnow:`), in list order
//   must-know:core           one must-know area
//   questions:a-id,b-id      an explicit list (e.g. "review the weakest")
//   checklist:ml-engineer    the questions a role checklist's items cover, in checklist order
//   flagged                  the questions the user flagged (the caller passes the flagged ids)
// The order of the first filter that implies one (a path's steps, a question list) is kept; otherwise topic order.
// Isomorphic.

import { DIFFICULTIES, type Difficulty, type QuestionId, type StudyPlan, type TopicScope } from '../model/index.js';
import { parsePartList } from '../parse/part-list.js';
import { catalogQuestions, type CatalogQuestion, type CatalogTopic } from './catalog.js';

export class ScopeError extends Error {
  override name = 'ScopeError';
}

export interface ResolvedScope {
  label: string;
  questionIds: QuestionId[];
}

const inScope = (q: CatalogQuestion, s: TopicScope) => q.topicId === s.topicId && (!s.parts || s.parts.includes(q.partNumber));

/** What the user marked, for the filters that depend on it (`flagged`). */
export interface ScopeContext {
  flagged?: ReadonlySet<string>;
}

/** True when the scope's questions depend on the user's marks, so a resolved copy must not be cached across them. */
export const scopeUsesMarks = (text: string | undefined): boolean => /(^|;)\s*flagged\s*(;|$)/.test(text ?? '');

export function resolveScope(
  text: string | undefined,
  topics: readonly CatalogTopic[],
  plan: StudyPlan | null,
  context: ScopeContext = {},
): ResolvedScope {
  const all = catalogQuestions(topics);
  let index: Map<string, CatalogQuestion> | undefined;
  /** Questions by id, built once and only for the filters that name questions. */
  const byId = () => (index ??= new Map(all.map((q) => [q.id as string, q])));
  let current: CatalogQuestion[] = all;
  const labels: string[] = [];
  const raw = (text ?? '').trim() || 'all';
  for (const filter of raw
    .split(';')
    .map((f) => f.trim())
    .filter(Boolean)) {
    const [kind = '', ...rest] = filter.split(':');
    const arg = rest.join(':');
    const keep = new Set<string>();
    let ordered: CatalogQuestion[] | null = null;
    switch (kind) {
      case 'all':
        continue; // no label: "Everything" is the label of a scope with no other filter
      case 'essential': {
        const ids = new Set(topics.filter((t) => t.essential).map((t) => t.id));
        all.filter((q) => ids.has(q.topicId)).forEach((q) => keep.add(q.id));
        labels.push('Essential topics');
        break;
      }
      case 'topics': {
        const ids = arg.split(',').map((s) => s.trim());
        for (const id of ids) {
          if (!topics.some((t) => t.id === id)) throw new ScopeError(`Unknown topic "${id}" in scope "${raw}".`);
          all.filter((q) => q.topicId === id).forEach((q) => keep.add(q.id));
        }
        labels.push(`Topics ${ids.join(', ')}`);
        break;
      }
      case 'part': {
        const [topicId = '', parts = ''] = arg.split(':');
        const topic = topics.find((t) => t.id === topicId);
        const numbers = parsePartList(parts);
        if (!topic) throw new ScopeError(`Unknown topic "${topicId}" in scope "${raw}".`);
        if (!numbers || numbers.some((n) => !topic.parts.some((p) => p.number === n)))
          throw new ScopeError(`Topic ${topicId} has no part(s) "${parts}".`);
        all.filter((q) => q.topicId === topicId && numbers.includes(q.partNumber)).forEach((q) => keep.add(q.id));
        labels.push(`${topic.title}, Part ${parts}`);
        break;
      }
      case 'path': {
        const [pathId = '', stepText] = arg.split(':');
        const path = plan?.paths.find((p) => p.id === pathId);
        if (!path) throw new ScopeError(`Unknown study path "${pathId}".`);
        let steps = path.steps;
        if (stepText !== undefined) {
          const n = Number(stepText);
          if (!Number.isInteger(n) || n < 1 || n > path.steps.length)
            throw new ScopeError(`Path "${pathId}" has steps 1–${path.steps.length}, not "${stepText}".`);
          steps = [path.steps[n - 1]!];
        }
        ordered = steps.flatMap((s) => all.filter((q) => inScope(q, s)));
        ordered.forEach((q) => keep.add(q.id));
        labels.push(stepText ? `${path.title}, step ${stepText}` : path.title);
        break;
      }
      case 'must-know': {
        const areas = plan?.mustKnow ?? [];
        const chosen = arg ? areas.filter((a) => a.id === arg) : areas;
        if (arg && chosen.length === 0)
          throw new ScopeError(`Unknown must-know area "${arg}". Use one of: ${areas.map((a) => a.id).join(', ') || '(none defined)'}.`);
        ordered = [
          ...new Set(
            chosen.flatMap((a) => a.concepts.flatMap((c) => c.questionIds.map((id) => byId().get(id)).filter((q) => q !== undefined))),
          ),
        ];
        ordered.forEach((q) => keep.add(q.id));
        labels.push(arg ? `Must-know: ${chosen[0]!.title}` : 'Must-know concepts');
        break;
      }
      case 'checklist': {
        const list = plan?.checklists.find((c) => c.id === arg);
        if (!list) throw new ScopeError(`Unknown checklist "${arg}".`);
        // An item names its questions, or else covers its topic (or parts) whole, as the checklist page counts it.
        const itemIds = list.items.flatMap((i) =>
          i.questionIds.length > 0 ? i.questionIds : all.filter((q) => inScope(q, i.scope)).map((q) => q.id),
        );
        ordered = [...new Set(itemIds)].flatMap((id) => byId().get(id) ?? []);
        ordered.forEach((q) => keep.add(q.id));
        labels.push(`${list.title} checklist`);
        break;
      }
      case 'flagged': {
        if (arg) throw new ScopeError(`The flagged scope takes no argument: use "flagged", not "${filter}".`);
        const flagged = context.flagged ?? new Set<string>();
        all.filter((q) => flagged.has(q.id)).forEach((q) => keep.add(q.id));
        labels.push('Flagged questions');
        break;
      }
      case 'difficulty': {
        const wanted = arg.split(',').map((s) => s.trim());
        for (const d of wanted)
          if (!(DIFFICULTIES as readonly string[]).includes(d))
            throw new ScopeError(`Unknown difficulty "${d}"; use easy, medium or hard.`);
        all.filter((q) => wanted.includes(q.difficulty as Difficulty)).forEach((q) => keep.add(q.id));
        labels.push(`${wanted.join(' & ')} questions`);
        break;
      }
      case 'questions': {
        ordered = arg.split(',').map((id) => {
          const q = byId().get(id.trim());
          if (!q) throw new ScopeError(`Unknown question "${id}" in scope.`);
          return q;
        });
        ordered.forEach((q) => keep.add(q.id));
        labels.push(`${ordered.length} chosen questions`);
        break;
      }
      default:
        throw new ScopeError(
          `Unknown scope "${filter}". Use all, topics:…, part:…, path:…, checklist:…, difficulty:…, essential, must-know[:area], flagged or questions:….`,
        );
    }
    current = ordered && current === all ? ordered : current.filter((q) => keep.has(q.id));
  }
  return { label: labels.join(' · ') || 'Everything', questionIds: [...new Set(current.map((q) => q.id))] };
}
