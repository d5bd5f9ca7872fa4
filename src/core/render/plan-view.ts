// study.yaml -> what the home page shows: the 13 planned topic cards (with counts where the file exists) and
// the study paths with in-app links for each step. Isomorphic.

import type { PlanResponse, PlannedTopicView, StudyPathView, TopicSummary } from '../api/types.js';
import { partAnchor, type Vault } from '../model/index.js';

export function buildPlanView(vault: Vault, summaries: TopicSummary[]): PlanResponse {
  const byId = new Map(summaries.map((t) => [t.id, t]));
  const planned: PlannedTopicView[] = vault.plan
    ? vault.plan.topics.map((p) => ({ id: p.id, title: byId.get(p.id)?.title ?? p.title, topic: byId.get(p.id) ?? null }))
    : summaries.map((t) => ({ id: t.id, title: t.title, topic: t }));
  // A topic file that the plan does not list still gets a card, after the planned ones.
  for (const t of summaries) if (!planned.some((p) => p.id === t.id)) planned.push({ id: t.id, title: t.title, topic: t });
  const titleOf = (id: string) => byId.get(id)?.title ?? vault.plan?.topics.find((p) => p.id === id)?.title ?? `Topic ${id}`;
  const paths: StudyPathView[] = (vault.plan?.paths ?? []).map((path) => ({
    id: path.id,
    title: path.title,
    duration: path.duration ?? null,
    summary: path.summary,
    steps: path.steps.map((s) => {
      const first = s.parts?.[0];
      return {
        topicId: s.topicId,
        topicTitle: titleOf(s.topicId),
        parts: s.parts ?? null,
        label: s.partsLabel ? `${titleOf(s.topicId)}, parts ${s.partsLabel}` : titleOf(s.topicId),
        href: `/t/${s.topicId}${first === undefined ? '' : `#${partAnchor(first)}`}`,
      };
    }),
  }));
  return { planned, paths };
}
