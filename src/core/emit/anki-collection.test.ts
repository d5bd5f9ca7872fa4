// The JSON of an Anki collection's `col` row: stable ids, the one note type with its templates, the decks and
// the default options. The deck ids below were computed independently (FNV-1a 32 over code points, plus 10^12).

import { describe, expect, it } from 'vitest';
import { ankiCollectionConf, ankiDeckConfig, ankiDeckId, ankiDecks, ankiModels, ANKI_MODEL_ID } from './anki-collection.js';

describe('ankiDeckId', () => {
  it.each([
    ['', 1002166136261],
    ['mlprep', 1002165819375],
    ['mlprep::01 Math', 1002927704218],
    ['é𝑥', 1000903863283],
  ])('%j -> %d', (name, id) => expect(ankiDeckId(name)).toBe(id));
});

describe('ankiModels', () => {
  // Built inside each test (not while collecting them), so every test exercises ankiModels itself.
  const models = () => ankiModels(1_700_000_000, 42);

  it('keys the one note type by its fixed id', () => {
    const model = models()[ANKI_MODEL_ID]!;
    expect(ANKI_MODEL_ID).toBe(1_733_140_800_000);
    expect(Object.keys(models())).toEqual(['1733140800000']);
    expect(model).toMatchObject({
      id: 1_733_140_800_000,
      name: 'mlprep question',
      type: 0,
      mod: 1_700_000_000,
      usn: -1,
      sortf: 0,
      did: 42,
    });
  });

  it('has one card: the question on the front, the answer and the non-empty sections on the back', () => {
    const model = models()[ANKI_MODEL_ID]!;
    expect(model.tmpls).toEqual([
      {
        name: 'Card 1',
        ord: 0,
        qfmt: '<div class="question">{{Question}}</div>',
        afmt: [
          '{{FrontSide}}',
          '<hr id="answer">',
          '<div class="answer">{{Answer}}</div>',
          '{{#KeyPoints}}<h3>Key points</h3>{{KeyPoints}}{{/KeyPoints}}',
          '{{#Pitfalls}}<h3>Pitfalls</h3>{{Pitfalls}}{{/Pitfalls}}',
          '{{#References}}<h3>References</h3>{{References}}{{/References}}',
          '<div class="meta">{{Topic}} · {{Id}}</div>',
        ].join('\n'),
        bqfmt: '',
        bafmt: '',
        did: null,
        bfont: '',
        bsize: 0,
      },
    ]);
    expect(model.req).toEqual([[0, 'any', [0]]]);
    expect(model.tags).toEqual([]);
    expect(model.vers).toEqual([]);
  });

  it('lists the fields in order with Anki default field options', () => {
    const model = models()[ANKI_MODEL_ID]!;
    expect(model.flds.map((f) => [f.name, f.ord])).toEqual([
      ['Question', 0],
      ['Answer', 1],
      ['KeyPoints', 2],
      ['Pitfalls', 3],
      ['References', 4],
      ['Topic', 5],
      ['Id', 6],
    ]);
    expect(model.flds[0]).toEqual({ name: 'Question', ord: 0, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] });
  });

  it('styles the card, dims code blocks in night mode, and carries the LaTeX preamble Anki expects', () => {
    const model = models()[ANKI_MODEL_ID]!;
    expect(model.css).toContain('.card { font-family: system-ui, sans-serif; font-size: 18px;');
    expect(model.css).toContain('.nightMode pre { filter: invert(0.9) hue-rotate(180deg); }');
    expect(model.latexPre).toBe(
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    );
    expect(model.latexPost).toBe('\\end{document}');
    expect(model.latexsvg).toBe(false);
  });
});

describe('ankiDecks', () => {
  it('holds the Default deck, the parent deck and the given decks, each keyed by its id', () => {
    const decks = ankiDecks(['mlprep::01 Math'], 99);
    expect(Object.keys(decks)).toEqual(['1', '1002165819375', '1002927704218']);
    expect(Object.values(decks).map((d) => [d.id, d.name])).toEqual([
      [1, 'Default'],
      [1002165819375, 'mlprep'],
      [1002927704218, 'mlprep::01 Math'],
    ]);
    expect(decks[1002927704218]).toEqual({
      id: 1002927704218,
      name: 'mlprep::01 Math',
      mod: 99,
      usn: -1,
      lrnToday: [0, 0],
      revToday: [0, 0],
      newToday: [0, 0],
      timeToday: [0, 0],
      collapsed: false,
      browserCollapsed: false,
      desc: '',
      dyn: 0,
      conf: 1,
      extendNew: 0,
      extendRev: 0,
    });
  });
});

describe('ankiDeckConfig and ankiCollectionConf', () => {
  it('are the default options group and collection settings', () => {
    expect(ankiDeckConfig(5)).toEqual({
      1: {
        id: 1,
        name: 'Default',
        mod: 5,
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
    });
    expect(ankiCollectionConf(12)).toEqual({
      activeDecks: [1],
      curDeck: 1,
      newSpread: 0,
      collapseTime: 1200,
      timeLim: 0,
      estTimes: true,
      dueCounts: true,
      curModel: 1_733_140_800_000,
      nextPos: 12,
      sortType: 'noteFld',
      sortBackwards: false,
      addToCur: true,
    });
  });
});
