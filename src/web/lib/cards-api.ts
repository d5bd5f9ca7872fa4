// Typed client for the card browser API (src/server/routes-cards.ts): the card list and bulk card actions.
// Undo is the review API's (postUndo in study-api.ts): it takes back the newest grade or card action.

import type { CardActionResponse, CardListResponse } from '../../core/api/card-types.js';
import { ApiFailure, getJson } from './api.js';

export type CardActionName = 'flag' | 'unflag' | 'suspend' | 'unsuspend' | 'bury' | 'unbury' | 'reset';

export const fetchCards = (ids?: readonly string[], signal?: AbortSignal) =>
  getJson<CardListResponse>(ids ? `/api/cards?ids=${ids.map(encodeURIComponent).join(',')}` : '/api/cards', signal);

export async function postCardAction(action: CardActionName, questionIds: readonly string[]): Promise<CardActionResponse> {
  const res = await fetch('/api/cards/actions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ action, questionIds }),
  });
  const data = (await res.json().catch(() => null)) as (CardActionResponse & { error?: { message: string } }) | null;
  if (!res.ok) throw new ApiFailure(res.status, data?.error?.message ?? `Request failed (${res.status}).`);
  return data!;
}

/** Past-tense labels for announcements ("Suspended 3 cards."). */
export const ACTION_DONE: Record<CardActionName, string> = {
  flag: 'Flagged',
  unflag: 'Unflagged',
  suspend: 'Suspended',
  unsuspend: 'Unsuspended',
  bury: 'Buried until tomorrow',
  unbury: 'Unburied',
  reset: 'Reset to new',
};

export const cardsLabel = (n: number) => `${n} card${n === 1 ? '' : 's'}`;
