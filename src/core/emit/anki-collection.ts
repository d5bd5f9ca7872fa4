// The JSON an Anki schema-11 collection keeps in its `col` row (models, decks, deck options, collection conf)
// and the card template of our one note type. Pure data: node/emit/write-apkg.ts puts it into SQLite. Ids that
// Anki matches on import are stable (the note type has a fixed id, a deck's id derives from its name), so a newer
// export lands in the same note type and decks. The legacy JSON shapes follow Anki's own schema-11 defaults
// (rslib/src/storage/upgrades, pylib's legacy models/decks); keys Anki fills in itself on import are left out.
// Isomorphic.

import { ANKI_FIELDS, ANKI_NOTE_TYPE, ANKI_PARENT_DECK } from './anki-notes.js';

/** Fixed, so every export's note type is the same one to Anki. A millisecond timestamp, as Anki's ids are. */
export const ANKI_MODEL_ID = 1_733_140_800_000;
const DEFAULT_DECK_ID = 1;
const DEFAULT_CONF_ID = 1;

/** A stable id from a deck name (FNV-1a, 32 bits), above any id Anki gives a deck by its clock in 2001. */
export function ankiDeckId(name: string): number {
  let h = 0x811c9dc5;
  for (const ch of name) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return 1_000_000_000_000 + h;
}

const QUESTION_TEMPLATE = '<div class="question">{{Question}}</div>';
const section = (field: string, title: string) => `{{#${field}}}<h3>${title}</h3>{{${field}}}{{/${field}}}`;
const ANSWER_TEMPLATE = [
  '{{FrontSide}}',
  '<hr id="answer">',
  '<div class="answer">{{Answer}}</div>',
  section('KeyPoints', 'Key points'),
  section('Pitfalls', 'Pitfalls'),
  section('References', 'References'),
  '<div class="meta">{{Topic}} · {{Id}}</div>',
].join('\n');
const CSS = `.card { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.5; text-align: left; color: #1f2328; background: #fff; }
.question { font-weight: 600; }
h3 { font-size: 1em; margin: 1em 0 0.25em; }
pre { overflow-x: auto; padding: 0.6em; border-radius: 6px; font-size: 0.85em; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
.meta { margin-top: 1.5em; font-size: 0.8em; color: #59636e; }
.nightMode pre { filter: invert(0.9) hue-rotate(180deg); }`;

export function ankiModels(nowSeconds: number, deckId: number) {
  return {
    [ANKI_MODEL_ID]: {
      id: ANKI_MODEL_ID,
      name: ANKI_NOTE_TYPE,
      type: 0,
      mod: nowSeconds,
      usn: -1,
      sortf: 0,
      did: deckId,
      tmpls: [
        { name: 'Card 1', ord: 0, qfmt: QUESTION_TEMPLATE, afmt: ANSWER_TEMPLATE, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 },
      ],
      flds: ANKI_FIELDS.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
      css: CSS,
      latexPre:
        '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
      latexPost: '\\end{document}',
      latexsvg: false,
      // Card 1 is generated when the Question field is not empty.
      req: [[0, 'any', [0]]],
      tags: [],
      vers: [],
    },
  };
}

function deck(id: number, name: string, nowSeconds: number) {
  return {
    id,
    name,
    mod: nowSeconds,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: DEFAULT_CONF_ID,
    extendNew: 0,
    extendRev: 0,
  };
}

/** The Default deck (Anki requires deck 1), the parent `mlprep` and the given decks. */
export function ankiDecks(names: readonly string[], nowSeconds: number): Record<string, ReturnType<typeof deck>> {
  const out: Record<string, ReturnType<typeof deck>> = { [DEFAULT_DECK_ID]: deck(DEFAULT_DECK_ID, 'Default', nowSeconds) };
  for (const name of [ANKI_PARENT_DECK, ...names]) out[ankiDeckId(name)] = deck(ankiDeckId(name), name, nowSeconds);
  return out;
}

export function ankiDeckConfig(nowSeconds: number) {
  return {
    [DEFAULT_CONF_ID]: {
      id: DEFAULT_CONF_ID,
      name: 'Default',
      mod: nowSeconds,
      usn: -1,
      maxTaken: 60,
      autoplay: true,
      timer: 0,
      replayq: true,
      dyn: false,
      new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
      lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
      rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    },
  };
}

export function ankiCollectionConf(nextPos: number) {
  return {
    activeDecks: [DEFAULT_DECK_ID],
    curDeck: DEFAULT_DECK_ID,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: ANKI_MODEL_ID,
    nextPos,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
  };
}
