// Paths, role checklists and mock interviews on top of the study service: progress per path step, the pinned
// path, checklist ticks, and the mock lifecycle (create with a seed -> answer each question -> report ->
// "add the missed questions to review", which records an Again grade for each, so they come back within minutes).

import { randomBytes } from 'node:crypto';
import {
  computeChecklists,
  computeMustKnow,
  computeMockReport,
  computePathProgress,
  questionsForMinutes,
  selectMockQuestions,
  type DifficultyMix,
  type MockReport,
  type PathProgress,
  type Pace,
} from '../../core/progress/index.js';
import type { QuestionId } from '../../core/model/index.js';
import {
  finishMock,
  getMock,
  insertMock,
  listMocks,
  putMockAnswer,
  setTick,
  tickedItems,
  type MockConfig,
  type MockRecord,
} from '../store/extras-store.js';
import { countNewSince, reviewDayCounts } from '../store/progress-store.js';
import { StudyInputError, UnknownQuestionError, type StudyService } from './study-service.js';

export const PACE_WINDOW_DAYS = 14;
const DAY = 86_400_000;

export class UnknownItemError extends Error {
  override name = 'UnknownItemError';
}

export interface MockView extends MockRecord {
  report: MockReport | null;
}

export class PrepService {
  constructor(readonly study: StudyService) {}

  private get plan() {
    return this.study.plan;
  }

  pace(): Pace {
    const now = this.study.now();
    const since = now - PACE_WINDOW_DAYS * DAY;
    const reviews = reviewDayCounts(this.study.store, since, 0).reduce((n, d) => n + d.count, 0);
    return {
      newPerDay: countNewSince(this.study.store, since) / PACE_WINDOW_DAYS,
      reviewsPerDay: reviews / PACE_WINDOW_DAYS,
      windowDays: PACE_WINDOW_DAYS,
    };
  }

  activePath(): string | null {
    const id = this.study.store.getSetting<string>('activePath');
    return id && this.plan?.paths.some((p) => p.id === id) ? id : null;
  }

  setActivePath(body: unknown): { activePath: string | null } {
    const id = (body as { pathId?: unknown } | null)?.pathId;
    if (id !== null && (typeof id !== 'string' || !this.plan?.paths.some((p) => p.id === id)))
      throw new StudyInputError('pathId', `pathId must be null or one of: ${(this.plan?.paths ?? []).map((p) => p.id).join(', ')}.`);
    this.study.store.setSetting('activePath', id);
    return { activePath: this.activePath() };
  }

  paths(): (PathProgress & { active: boolean })[] {
    if (!this.plan) return [];
    const now = this.study.now();
    const cards = this.study.store.getCards();
    const pace = this.pace();
    const limit = this.study.settings().newLimit;
    const active = this.activePath();
    return this.plan.paths.map((p) => ({
      ...computePathProgress(p, this.plan!, this.study.topics, cards, now, pace, limit),
      active: p.id === active,
    }));
  }

  path(id: string): PathProgress & { active: boolean } {
    const found = this.paths().find((p) => p.id === id);
    if (!found) throw new UnknownItemError(`No study path "${id}".`);
    return found;
  }

  mustKnow() {
    return computeMustKnow(this.plan?.mustKnow ?? [], this.study.topics, this.study.store.getCards(), this.study.now());
  }

  checklists() {
    if (!this.plan) return [];
    return computeChecklists(
      this.plan.checklists,
      this.study.topics,
      this.study.store.getCards(),
      new Set(tickedItems(this.study.store).keys()),
      this.study.now(),
    );
  }

  tick(itemId: string, body: unknown) {
    if (!this.plan?.checklists.some((c) => c.items.some((i) => i.id === itemId)))
      throw new UnknownItemError(`No checklist item "${itemId}".`);
    const ticked = (body as { ticked?: unknown } | null)?.ticked;
    if (typeof ticked !== 'boolean') throw new StudyInputError('ticked', 'ticked must be true or false.');
    setTick(this.study.store, itemId, ticked, this.study.now());
    return { itemId, ticked };
  }

  mockOptions() {
    return {
      formats: (this.plan?.formats ?? []).map(({ id, title, summary }) => ({ id, title, summary })),
      focuses: (this.plan?.focuses ?? []).map(({ id, title, summary }) => ({ id, title, summary })),
      lengths: [{ minutes: 30 }, { minutes: 45 }, { minutes: 60 }].map((l) => ({ ...l, questions: questionsForMinutes(l.minutes) })),
    };
  }

  /** Validates the set-up, draws the questions (seeded) and stores the new mock. */
  createMock(body: unknown): MockView {
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw new StudyInputError('(body)', 'Send { "format", "focus", "minutes" | "questions", "mix"?, "seed"? }.');
    const b = body as Record<string, unknown>;
    const format = this.plan?.formats.find((f) => f.id === b.format);
    if (!format) throw new StudyInputError('format', `format must be one of: ${(this.plan?.formats ?? []).map((f) => f.id).join(', ')}.`);
    const focus = this.plan?.focuses.find((f) => f.id === b.focus);
    if (!focus) throw new StudyInputError('focus', `focus must be one of: ${(this.plan?.focuses ?? []).map((f) => f.id).join(', ')}.`);
    let count: number;
    let minutes: number | null = null;
    if (b.questions !== undefined) {
      if (!Number.isInteger(b.questions) || (b.questions as number) < 1 || (b.questions as number) > 30)
        throw new StudyInputError('questions', 'questions must be an integer from 1 to 30.');
      count = b.questions as number;
    } else if (b.minutes !== undefined) {
      if (typeof b.minutes !== 'number' || b.minutes < 5 || b.minutes > 180)
        throw new StudyInputError('minutes', 'minutes must be a number from 5 to 180.');
      minutes = b.minutes;
      count = questionsForMinutes(b.minutes);
    } else throw new StudyInputError('questions', 'Give the length as "questions" (a count) or "minutes".');
    const mix = (b.mix ?? { easy: 1, medium: 2, hard: 1 }) as DifficultyMix;
    if (
      typeof mix !== 'object' ||
      !['easy', 'medium', 'hard'].every((k) => typeof mix[k as keyof DifficultyMix] === 'number' && mix[k as keyof DifficultyMix] >= 0) ||
      mix.easy + mix.medium + mix.hard <= 0
    ) {
      throw new StudyInputError('mix', 'mix must be { "easy", "medium", "hard" } with non-negative numbers, not all zero.');
    }
    const seed = b.seed === undefined ? randomBytes(4).readUInt32LE(0) : b.seed;
    if (!Number.isInteger(seed) || (seed as number) < 0 || (seed as number) > 0xffffffff)
      throw new StudyInputError('seed', 'seed must be an integer from 0 to 4294967295.');
    const now = this.study.now();
    const questionIds = selectMockQuestions({
      topics: this.study.topics,
      format,
      focus,
      cards: this.study.store.getCards(),
      now,
      count,
      mix: { easy: mix.easy, medium: mix.medium, hard: mix.hard },
      seed: seed as number,
    });
    if (questionIds.length === 0)
      throw new StudyInputError('format', `No written question fits the "${format.title}" format yet. Pick another format.`);
    const config: MockConfig = {
      format: format.id,
      focus: focus.id,
      questions: count,
      minutes,
      mix: { easy: mix.easy, medium: mix.medium, hard: mix.hard },
      seed: seed as number,
    };
    const id = `m-${now.toString(36)}-${randomBytes(3).toString('hex')}`;
    insertMock(this.study.store, { id, createdAt: now, config, questionIds });
    return this.mock(id);
  }

  mock(id: string): MockView {
    const m = getMock(this.study.store, id);
    if (!m) throw new UnknownItemError(`No mock interview "${id}".`);
    return { ...m, report: m.answers.length > 0 ? this.report(m) : null };
  }

  private report(m: MockRecord): MockReport {
    return computeMockReport(
      m.answers.map((a) => ({
        questionId: a.questionId as QuestionId,
        durationMs: a.durationMs,
        keyPointsChecked: a.keyPointsChecked.length,
        keyPointsTotal: a.keyPointsTotal,
      })),
      this.study.topics,
    );
  }

  answer(id: string, body: unknown): MockView {
    const m = this.mock(id);
    const b = (body ?? {}) as Record<string, unknown>;
    if (!Number.isInteger(b.index) || (b.index as number) < 0 || (b.index as number) >= m.questionIds.length)
      throw new StudyInputError('index', `index must be 0 to ${m.questionIds.length - 1}.`);
    const questionId = m.questionIds[b.index as number]!;
    let keyPoints: number;
    try {
      keyPoints = this.study.question(questionId).keyPoints;
    } catch (err) {
      if (err instanceof UnknownQuestionError)
        throw new StudyInputError('index', `Question "${questionId}" is no longer in the collection.`);
      throw err;
    }
    if (typeof b.durationMs !== 'number' || !Number.isFinite(b.durationMs) || b.durationMs < 0 || b.durationMs > 6 * 3_600_000)
      throw new StudyInputError('durationMs', 'durationMs must be a number of milliseconds up to 6 hours.');
    // Left out means none checked; null is refused, as grade refuses it.
    const checked = b.keyPointsChecked === undefined ? [] : b.keyPointsChecked;
    if (
      !Array.isArray(checked) ||
      !checked.every((k) => Number.isInteger(k) && k >= 0 && k < keyPoints) ||
      new Set(checked).size !== checked.length
    ) {
      throw new StudyInputError('keyPointsChecked', `keyPointsChecked must list distinct indices from 0 to ${keyPoints - 1}.`);
    }
    const notes = b.notes ?? '';
    if (typeof notes !== 'string' || notes.length > 20_000)
      throw new StudyInputError('notes', 'notes must be a string of at most 20000 characters.');
    putMockAnswer(this.study.store, id, {
      index: b.index as number,
      questionId,
      answeredAt: this.study.now(),
      durationMs: Math.round(b.durationMs),
      notes,
      keyPointsChecked: [...(checked as number[])].sort((x, y) => x - y),
      keyPointsTotal: keyPoints,
    });
    return this.mock(id);
  }

  finish(id: string): MockView {
    this.mock(id);
    finishMock(this.study.store, id, this.study.now());
    return this.mock(id);
  }

  /** Grades every missed question Again (once per mock: the review uid is derived from the mock and question). */
  reviewMissed(id: string): { added: string[] } {
    const m = this.mock(id);
    const missed = m.report?.missed ?? [];
    const added: string[] = [];
    for (const qid of missed) {
      const answer = m.answers.find((a) => a.questionId === qid);
      const r = this.study.grade({
        questionId: qid,
        rating: 1,
        uid: `mock:${id}:${qid}`,
        ...(answer ? { durationMs: answer.durationMs, keyPointsChecked: answer.keyPointsChecked } : {}),
      });
      if (!r.duplicate) added.push(qid);
    }
    return { added };
  }

  mockHistory() {
    return listMocks(this.study.store).map((m) => {
      const report = m.answers.length ? this.report(m) : null;
      return {
        id: m.id,
        createdAt: m.createdAt,
        finishedAt: m.finishedAt,
        format: m.config.format,
        focus: m.config.focus,
        questions: m.questionIds.length,
        answered: m.answers.length,
        score: report?.score ?? null,
      };
    });
  }
}
