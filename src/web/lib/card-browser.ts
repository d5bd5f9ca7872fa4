// The card browser's pure logic: filter (topic, state, text), sort by any column, and selection with a
// shift-click range, over the whole list in memory (GET /api/cards sends it whole). Kept apart from the page so
// it is unit-tested without a browser.

import type { CardListItem } from '../../core/api/card-types.js';
import type { CardFilterState } from '../../core/schedule/card-marks.js';

export interface CardFilter {
  topic: string;
  state: CardFilterState | '';
  text: string;
}

export type SortKey = 'title' | 'topic' | 'difficulty' | 'due' | 'stability' | 'lapses' | 'lastRating' | 'flags';
export type SortDir = 'asc' | 'desc';

const DIFFICULTY_RANK: Record<string, number> = { easy: 0, medium: 1, hard: 2 };

/** The flags column sorts by how much is marked: leech, then suspended, buried, flagged. */
const flagRank = (c: CardListItem) => (c.leech ? 8 : 0) + (c.suspended ? 4 : 0) + (c.buriedUntil !== null ? 2 : 0) + (c.flagged ? 1 : 0);

export function filterCards(cards: readonly CardListItem[], f: CardFilter): CardListItem[] {
  const words = f.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return cards.filter(
    (c) =>
      (!f.topic || c.topicId === f.topic) &&
      (!f.state || c.states.includes(f.state)) &&
      words.every((w) => c.title.toLowerCase().includes(w) || c.id.includes(w)),
  );
}

/**
 * A stable sort by one column; cards without a value (a new card's due date, stability or last grade) go last in
 * either direction, as a spreadsheet puts blanks.
 */
export function sortCards(cards: readonly CardListItem[], key: SortKey, dir: SortDir): CardListItem[] {
  const value = (c: CardListItem): number | string | null => {
    switch (key) {
      case 'title':
        return c.title.toLowerCase();
      case 'topic':
        return c.topicId;
      case 'difficulty':
        return DIFFICULTY_RANK[c.difficulty] ?? 3;
      case 'due':
        return c.due;
      case 'stability':
        return c.stability;
      case 'lapses':
        return c.lapses;
      case 'lastRating':
        return c.lastRating;
      case 'flags':
        return flagRank(c);
    }
  };
  const sign = dir === 'asc' ? 1 : -1;
  return cards
    .map((c, i) => ({ c, i, v: value(c) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const cmp = typeof a.v === 'string' ? a.v.localeCompare(b.v as string) : a.v - (b.v as number);
      return cmp * sign || a.i - b.i;
    })
    .map((x) => x.c);
}

/**
 * The selection after a click on row `index` of the visible list: a plain click toggles that row; a shift-click
 * sets every row from the last clicked one to this one to the state the clicked row takes (as a file manager).
 */
export function clickSelect(
  selected: ReadonlySet<string>,
  visible: readonly { id: string }[],
  index: number,
  anchor: number | null,
  shift: boolean,
): Set<string> {
  const next = new Set(selected);
  const id = visible[index]!.id;
  const on = !selected.has(id);
  const [from, to] =
    shift && anchor !== null && anchor < visible.length ? [Math.min(anchor, index), Math.max(anchor, index)] : [index, index];
  for (let i = from; i <= to; i++) {
    if (on) next.add(visible[i]!.id);
    else next.delete(visible[i]!.id);
  }
  return next;
}

const HOUR = 3_600_000;

/** "due now", "in 5 h", "in 12 d", or "—" for a new card: the due column, relative to the server's clock. */
export function formatDue(due: number | null, now: number): string {
  if (due === null) return '—';
  if (due <= now) return 'due now';
  const hours = (due - now) / HOUR;
  if (hours < 24) return `in ${Math.max(1, Math.round(hours))} h`;
  return `in ${Math.round(hours / 24)} d`;
}
