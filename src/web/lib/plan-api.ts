// Typed client for the interview-plan API (src/server/routes-plan.ts): the active plan's status and forecast,
// setting and deleting plans, and the night-before session. Writes send JSON, as the request guard requires.

import { ApiFailure, getJson } from './api.js';

export interface PlanStatus {
  id: string;
  interviewDate: string;
  scope: string;
  scopeLabel: string;
  minutesPerDay: number;
  target: number;
  daysLeft: number;
  questions: number;
  today: { newCount: number; reviewCount: number; learningCount: number; minutes: number; minutesSpent: number; studied: number };
  expectedRecallOnDay: number;
  expectedRecallIfStopped: number;
  curve: { daysLeft: number; recall: number }[];
  minutesForGoal: number | null;
  fits: boolean;
  unseenOnDay: number;
  costs: { newMinutes: number; reviewMinutes: number; newSource: 'log' | 'default'; reviewSource: 'log' | 'default' };
  drop: { count: number; questionIds: string[]; reason: string; minutesSaved: number; expectedRecallOnDayWithout: number } | null;
  message: string;
}

export interface PlanFields {
  interviewDate: string;
  scope: string;
  minutesPerDay: number;
  target?: number;
}

export interface NightBefore {
  scope: string;
  secondsEach: number;
  questions: { questionId: string; title: string; topicId: string; recall: number }[];
}

async function send<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  const data = (await res.json().catch(() => null)) as (T & { error?: { message: string } }) | null;
  if (!res.ok) throw new ApiFailure(res.status, data?.error?.message ?? `Request failed (${res.status}).`);
  return data as T;
}

/** The active plan's status, or null when no plan is set (asked through the list, so no 404 is logged). */
export async function fetchPlan(signal?: AbortSignal): Promise<PlanStatus | null> {
  const { plans } = await getJson<{ plans: { active: boolean }[] }>('/api/plans', signal);
  if (!plans.some((p) => p.active)) return null;
  return getJson<PlanStatus>('/api/plan', signal);
}

export const savePlan = (fields: PlanFields) => send<{ plan: { id: string } }>('PUT', '/api/plan', fields);
export const deletePlan = (id: string) => send<{ deleted: boolean }>('DELETE', `/api/plans/${encodeURIComponent(id)}`);
export const fetchNightBefore = (signal?: AbortSignal) => getJson<NightBefore>('/api/plan/night-before', signal);
