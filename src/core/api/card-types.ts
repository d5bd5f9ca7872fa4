// The card browser's wire types (GET /api/cards, POST /api/cards/actions), shared by the server and the web UI.
// Isomorphic, types only.

import type { CardFilterState } from '../schedule/card-marks.js';
import type { CardStateName } from '../schedule/scheduler.js';

export interface CardListItem {
  id: string;
  topicId: string;
  topicTitle: string;
  partNumber: number;
  title: string;
  difficulty: string;
  /** FSRS state; 'new' for a question never studied (or reset). */
  state: CardStateName;
  /** Epoch ms, null for a new card. */
  due: number | null;
  /** Days, null for a new card. */
  stability: number | null;
  lapses: number;
  reps: number;
  /** The last grade that stands (1 Again … 4 Easy), null when never graded. */
  lastRating: number | null;
  flagged: boolean;
  suspended: boolean;
  /** Epoch ms the bury ends (next local midnight), null when not buried now. */
  buriedUntil: number | null;
  leech: boolean;
  /** Every state the browser's state filter matches this card by. */
  states: CardFilterState[];
}

export interface CardListResponse {
  now: number;
  cards: CardListItem[];
}

export interface CardActionResponse {
  action: { id: number; action: string; createdAt: number; questionIds: string[] };
}
