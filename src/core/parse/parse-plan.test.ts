// parsePlan on YAML that does not parse: every error is a plan/yaml diagnostic on its own line, and no plan is
// built from a half-read file. The fixture vault plan-yaml shows the same through loadVault.
// Then the plan built from a valid study.yaml (topics, paths, checklists, mock formats and focuses, must-know
// areas, with their lines), and the exact plan/field diagnostic for each shape error.
import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.js';

describe('parsePlan: invalid YAML', () => {
  it('reports an unclosed quote as one plan/yaml error where the parser meets the end of the file, and no plan', () => {
    const { plan, diagnostics } = parsePlan('study.yaml', 'topics:\n  - id: "01"\n    title: "unclosed\npaths: []\n');
    expect(plan).toBeNull();
    expect(diagnostics.map((d) => [d.file, d.line, d.code])).toEqual([['study.yaml', 5, 'plan/yaml']]);
    expect(diagnostics[0]!.message).toMatch(/^Not valid YAML: .+\. Fix the indentation or quoting on this line\.$/);
  });

  it('reports a repeated key, which YAML parsers otherwise resolve silently to the last value', () => {
    const { plan, diagnostics } = parsePlan('study.yaml', 'topics: []\npaths: []\ntopics: []\n');
    expect(plan).toBeNull();
    expect(diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(['3 plan/yaml']);
    expect(diagnostics[0]!.message).toContain('Map keys must be unique');
  });
});

const VALID = [
  'topics:',
  '  - id: "01"',
  '    file: 01_Math',
  '    title: Math',
  '  - id: "02"',
  '    file: 02_Stats',
  '    title: Stats',
  'paths:',
  '  - id: fast',
  '    title: Fast track',
  '    summary: The essentials.',
  '    duration: 2 weeks',
  '    steps:',
  '      - topic: "01"',
  '      - topic: "02"',
  '        parts: "1-2,4"',
  '  - id: slow',
  '    title: Slow',
  '    summary: All of it.',
  '    steps: []',
  'checklists:',
  '  - id: mle',
  '    title: ML engineer',
  '    items:',
  '      - id: grad',
  '        text: Explain gradients',
  '        topic: "01"',
  '        questions: [gd-step, newton-step]',
  '      - id: stats',
  '        text: Stats basics',
  '        topic: "02"',
  '        parts: 3',
  'formats:',
  '  - id: fundamentals',
  '    title: Fundamentals',
  '    summary: Basics.',
  '    weights:',
  '      - topic: "01"',
  '        weight: 2',
  '      - topic: "02"',
  '        parts: "1"',
  '        weight: 0.5',
  'focuses:',
  '  - id: labs',
  '    title: Research labs',
  '    summary: Depth.',
  '    weights:',
  '      - topic: "02"',
  '        weight: 1',
  'mustKnow:',
  '  - id: core',
  '    title: Core',
  '    topics: ["01", "02"]',
  '    concepts:',
  '      - id: bias-variance',
  '        text: Bias and variance',
  '        questions: [bv-tradeoff, "bv-2"]',
  '      - id: overfit',
  '        text: Overfitting',
].join('\n');

const parse = (source: string) => parsePlan('study.yaml', source);
/** `line message` of each diagnostic; all of them must be plan/field errors in study.yaml. */
function fieldErrors(source: string): string[] {
  const { diagnostics } = parse(source);
  expect(diagnostics.map((d) => `${d.file} ${d.code} ${d.severity}`)).toEqual(diagnostics.map(() => 'study.yaml plan/field error'));
  return diagnostics.map((d) => `${d.line} ${d.message}`);
}

describe('parsePlan: a valid plan', () => {
  it('reads every section with its lines and no diagnostics', () => {
    const { plan, diagnostics } = parse(VALID);
    expect(diagnostics).toEqual([]);
    expect(plan).toStrictEqual({
      file: 'study.yaml',
      topics: [
        { id: '01', file: '01_Math', title: 'Math' },
        { id: '02', file: '02_Stats', title: 'Stats' },
      ],
      paths: [
        {
          id: 'fast',
          title: 'Fast track',
          summary: 'The essentials.',
          duration: '2 weeks',
          steps: [
            { topicId: '01', line: 14 },
            { topicId: '02', line: 15, parts: [1, 2, 4], partsLabel: '1-2,4' },
          ],
          line: 9,
        },
        { id: 'slow', title: 'Slow', summary: 'All of it.', steps: [], line: 17 },
      ],
      checklists: [
        {
          id: 'mle',
          title: 'ML engineer',
          items: [
            {
              id: 'grad',
              text: 'Explain gradients',
              scope: { topicId: '01', line: 25 },
              questionIds: ['gd-step', 'newton-step'],
              line: 25,
            },
            {
              id: 'stats',
              text: 'Stats basics',
              scope: { topicId: '02', line: 29, parts: [3], partsLabel: '3' },
              questionIds: [],
              line: 29,
            },
          ],
          line: 22,
        },
      ],
      formats: [
        {
          id: 'fundamentals',
          title: 'Fundamentals',
          summary: 'Basics.',
          weights: [
            { topicId: '01', line: 38, weight: 2 },
            { topicId: '02', line: 40, parts: [1], partsLabel: '1', weight: 0.5 },
          ],
          line: 34,
        },
      ],
      focuses: [{ id: 'labs', title: 'Research labs', summary: 'Depth.', weights: [{ topicId: '02', line: 48, weight: 1 }], line: 44 }],
      mustKnow: [
        {
          id: 'core',
          title: 'Core',
          topics: ['01', '02'],
          concepts: [
            { id: 'bias-variance', text: 'Bias and variance', questionIds: ['bv-tradeoff', 'bv-2'], line: 55 },
            { id: 'overfit', text: 'Overfitting', questionIds: [], line: 58 },
          ],
          line: 51,
        },
      ],
    });
  });

  it('leaves formats, focuses and must-know lists empty when study.yaml has none', () => {
    const { plan, diagnostics } = parse('topics: []\npaths: []\nchecklists: []\n');
    expect(diagnostics).toEqual([]);
    expect(plan).toStrictEqual({ file: 'study.yaml', topics: [], paths: [], checklists: [], formats: [], focuses: [], mustKnow: [] });
  });

  it('reads a numeric id or title as text', () => {
    expect(
      parse('topics: []\npaths:\n  - id: 42\n    title: 7\n    summary: s\n    steps: []\nchecklists: []\n').plan?.paths,
    ).toStrictEqual([{ id: '42', title: '7', summary: 's', steps: [], line: 3 }]);
  });
});

describe('parsePlan: the root', () => {
  it('rejects a list at the root on line 1 and builds no plan', () => {
    expect(parse('- topics\n- paths\n').plan).toBeNull();
    expect(fieldErrors('- topics\n- paths\n')).toEqual(['1 study.yaml must be a mapping with the keys topics, paths and checklists.']);
  });

  it('rejects an empty file', () => {
    expect(parse('').plan).toBeNull();
    expect(fieldErrors('')).toEqual(['1 study.yaml must be a mapping with the keys topics, paths and checklists.']);
  });

  it('asks for each missing top-level list, and still builds a plan', () => {
    expect(parse('title: x\n').plan?.topics).toEqual([]);
    expect(fieldErrors('title: x\n')).toEqual([
      '1 study.yaml: `topics` must be a list.',
      '1 study.yaml: `paths` must be a list.',
      '1 study.yaml: `checklists` must be a list.',
    ]);
  });

  it('reports a top-level key that is not a list on the line of its value', () => {
    expect(fieldErrors('topics: []\npaths: []\nchecklists:\n  id: x\n')).toEqual(['4 study.yaml: `checklists` must be a list.']);
  });
});

const LISTS = 'paths: []\nchecklists: []\n';

describe('parsePlan: planned topics', () => {
  it('reports an entry that is not a mapping', () => {
    expect(fieldErrors(`topics:\n  - "01"\n${LISTS}`)).toEqual(['2 Each entry of `topics` must be a mapping with id, file and title.']);
  });

  it('asks for a missing or empty field on the entry line, and drops the entry', () => {
    const source = `topics:\n  - id: "01"\n    file: 01_Math\n  - id: "02"\n    file: 02_Stats\n    title:\n${LISTS}`;
    expect(parse(source).plan?.topics).toEqual([]);
    expect(fieldErrors(source)).toEqual([
      '2 A planned topic has no `title`. Add `title: …`.',
      '4 A planned topic has no `title`. Add `title: …`.',
    ]);
  });

  it('reads an explicit null like a missing field', () => {
    const source = `topics:\n  - id: "01"\n    file: 01_Math\n    title: null\n  - id: ~\n    file: 02_Stats\n    title: Stats\n${LISTS}`;
    expect(parse(source).plan?.topics).toEqual([]);
    expect(fieldErrors(source)).toEqual([
      '2 A planned topic has no `title`. Add `title: …`.',
      '5 A planned topic has no `id`. Add `id: …`.',
    ]);
  });

  it('rejects a field that is not a string on the line of its value', () => {
    const source = `topics:\n  - id: "01"\n    file: [a, b]\n    title: Math\n${LISTS}`;
    expect(parse(source).plan?.topics).toEqual([]);
    expect(fieldErrors(source)).toEqual(['3 A planned topic: `file` must be a string.']);
  });

  it('rejects an id that is not two digits', () => {
    const source = `topics:\n  - id: 1\n    file: 01_Math\n    title: Math\n${LISTS}`;
    expect(parse(source).plan?.topics).toEqual([]);
    expect(fieldErrors(source)).toEqual(['2 Planned topic id "1" must be two digits in quotes.']);
  });
});

describe('parsePlan: paths', () => {
  const paths = (body: string) => `topics: []\nchecklists: []\npaths:\n${body}`;

  it('reports a path that is not a mapping', () => {
    expect(fieldErrors(paths('  - fast\n'))).toEqual(['4 Each path must be a mapping with id, title, summary and steps.']);
  });

  it('names a path without an id "?" and drops it', () => {
    const source = paths('  - title: T\n    summary: S\n    steps: []\n');
    expect(parse(source).plan?.paths).toEqual([]);
    expect(fieldErrors(source)).toEqual(['4 A path has no `id`. Add `id: …`.']);
  });

  it('drops a path without a title or summary and names it in the message', () => {
    const source = paths('  - id: fast\n    steps: []\n');
    expect(parse(source).plan?.paths).toEqual([]);
    expect(fieldErrors(source)).toEqual([
      '4 Path "fast" has no `title`. Add `title: …`.',
      '4 Path "fast" has no `summary`. Add `summary: …`.',
    ]);
  });

  it('asks for the steps list', () => {
    expect(fieldErrors(paths('  - id: fast\n    title: T\n    summary: S\n'))).toEqual(['4 Path "fast": `steps` must be a list.']);
  });

  it('reports each bad step and keeps the good ones', () => {
    const source = paths(
      [
        '  - id: fast',
        '    title: T',
        '    summary: S',
        '    steps:',
        '      - "01"',
        '      - parts: "1"',
        '      - topic: 7',
        '      - topic: "03"',
        '        parts: "3-1"',
        '      - topic: "04"',
        '',
      ].join('\n'),
    );
    expect(parse(source).plan?.paths[0]?.steps).toEqual([
      { topicId: '03', line: 11 },
      { topicId: '04', line: 13 },
    ]);
    expect(fieldErrors(source)).toEqual([
      '8 Path "fast": each step must be a mapping like { topic: "07" } or { topic: "10", parts: "1-4" }.',
      '9 Path "fast", a step has no `topic`. Add `topic: …`.',
      '10 Path "fast", a step: topic "7" must be a quoted two-digit id, like "07".',
      '12 Path "fast", a step: parts "3-1" must be numbers or ranges like "1-3,6".',
    ]);
  });
});

describe('parsePlan: checklists', () => {
  const checklists = (body: string) => `topics: []\npaths: []\nchecklists:\n${body}`;

  it('reports a checklist that is not a mapping', () => {
    expect(fieldErrors(checklists('  - mle\n'))).toEqual(['4 Each checklist must be a mapping with id, title and items.']);
  });

  it('drops a checklist without an id or title', () => {
    const source = checklists('  - title: T\n    items: []\n  - id: mle\n    items: []\n');
    expect(parse(source).plan?.checklists).toEqual([]);
    expect(fieldErrors(source)).toEqual(['4 A checklist has no `id`. Add `id: …`.', '6 Checklist "mle" has no `title`. Add `title: …`.']);
  });

  it('asks for the items list', () => {
    expect(fieldErrors(checklists('  - id: mle\n    title: T\n'))).toEqual(['4 Checklist "mle": `items` must be a list.']);
  });

  it('reports each bad item, naming it, and keeps the good ones', () => {
    const source = checklists(
      [
        '  - id: mle',
        '    title: T',
        '    items:',
        '      - grad',
        '      - text: No id',
        '        topic: "01"',
        '      - id: no-text',
        '        topic: "01"',
        '      - id: no-topic',
        '        text: X',
        '      - id: bad-questions',
        '        text: X',
        '        topic: "01"',
        '        questions: gd-step',
        '      - id: ok',
        '        text: Fine',
        '        topic: "02"',
        '',
      ].join('\n'),
    );
    expect(parse(source).plan?.checklists[0]?.items).toEqual([
      { id: 'bad-questions', text: 'X', scope: { topicId: '01', line: 14 }, questionIds: [], line: 14 },
      { id: 'ok', text: 'Fine', scope: { topicId: '02', line: 18 }, questionIds: [], line: 18 },
    ]);
    expect(fieldErrors(source)).toEqual([
      '7 Checklist "mle": each item must be a mapping with id, text and topic.',
      '8 Checklist "mle", an item has no `id`. Add `id: …`.',
      '10 Checklist "mle", item "no-text" has no `text`. Add `text: …`.',
      '12 Checklist "mle", item "no-topic" has no `topic`. Add `topic: …`.',
      '17 Checklist "mle", item "bad-questions": questions must be a list of question ids.',
    ]);
  });
});

describe('parsePlan: formats and focuses', () => {
  const base = 'topics: []\npaths: []\nchecklists: []\n';

  it('reports an entry that is not a mapping, for formats and for focuses', () => {
    expect(fieldErrors(`${base}formats:\n  - x\nfocuses:\n  - y\n`)).toEqual([
      '5 Each entry of `formats` must be a mapping with id, title, summary and weights.',
      '7 Each entry of `focuses` must be a mapping with id, title, summary and weights.',
    ]);
  });

  it('reports formats or focuses that are not lists', () => {
    expect(fieldErrors(`${base}formats: x\nfocuses: y\n`)).toEqual([
      '4 study.yaml: `formats` must be a list.',
      '5 study.yaml: `focuses` must be a list.',
    ]);
  });

  it('names an entry without an id, and drops entries without a title or summary', () => {
    const source = `${base}formats:\n  - title: T\n    summary: S\n    weights: []\nfocuses:\n  - id: labs\n    weights: []\n`;
    expect(parse(source).plan?.formats).toEqual([]);
    expect(parse(source).plan?.focuses).toEqual([]);
    expect(fieldErrors(source)).toEqual([
      '5 An entry of formats has no `id`. Add `id: …`.',
      '9 Focus "labs" has no `title`. Add `title: …`.',
      '9 Focus "labs" has no `summary`. Add `summary: …`.',
    ]);
  });

  it('asks for the weights list', () => {
    expect(fieldErrors(`${base}formats:\n  - id: f\n    title: T\n    summary: S\n`)).toEqual(['5 Format "f": `weights` must be a list.']);
  });

  it('reports each bad weight and keeps the good ones', () => {
    const source = [
      `${base}formats:`,
      '  - id: f',
      '    title: T',
      '    summary: S',
      '    weights:',
      '      - "01"',
      '      - topic: "01"',
      '      - topic: "01"',
      '        weight: 0',
      '      - topic: "01"',
      '        weight: -1',
      '      - topic: "01"',
      '        weight: "2"',
      '      - topic: "1"',
      '        weight: 1',
      '      - topic: "02"',
      '        weight: 3',
      '',
    ].join('\n');
    expect(parse(source).plan?.formats[0]?.weights).toEqual([{ topicId: '02', line: 19, weight: 3 }]);
    expect(fieldErrors(source)).toEqual([
      '9 Format "f": each weight must be a mapping like { topic: "03", weight: 2 } or { topic: "02", parts: "4", weight: 1 }.',
      '10 Format "f": weight must be a positive number.',
      '11 Format "f": weight must be a positive number.',
      '13 Format "f": weight must be a positive number.',
      '15 Format "f": weight must be a positive number.',
      '17 Format "f", a weight: topic "1" must be a quoted two-digit id, like "07".',
    ]);
  });
});

describe('parsePlan: must-know areas', () => {
  const base = 'topics: []\npaths: []\nchecklists: []\n';

  it('reports must-know that is not a list, or an area that is not a mapping', () => {
    expect(fieldErrors(`${base}mustKnow: x\n`)).toEqual(['4 study.yaml: `mustKnow` must be a list.']);
    expect(fieldErrors(`${base}mustKnow:\n  - core\n`)).toEqual([
      '5 Each entry of `mustKnow` must be a mapping with id, title, topics and concepts.',
    ]);
  });

  it('names an area without an id and drops areas without an id or title', () => {
    const source = `${base}mustKnow:\n  - title: T\n    concepts: []\n  - id: core\n    concepts: []\n`;
    expect(parse(source).plan?.mustKnow).toEqual([]);
    expect(fieldErrors(source)).toEqual([
      '5 A must-know area has no `id`. Add `id: …`.',
      '7 Must-know area "core" has no `title`. Add `title: …`.',
    ]);
  });

  it('keeps an area without topics, and asks for the concepts list', () => {
    const source = `${base}mustKnow:\n  - id: core\n    title: Core\n`;
    expect(parse(source).plan?.mustKnow).toEqual([{ id: 'core', title: 'Core', topics: [], concepts: [], line: 5 }]);
    expect(fieldErrors(source)).toEqual(['5 Must-know area "core": `concepts` must be a list.']);
  });

  it('reports topics that are not a list, and each topic id that is not two digits', () => {
    expect(fieldErrors(`${base}mustKnow:\n  - id: core\n    title: Core\n    topics: "07"\n    concepts: []\n`)).toEqual([
      '7 Must-know area "core": topics must be a list of quoted topic ids, like ["07", "08"].',
    ]);
    const source = `${base}mustKnow:\n  - id: core\n    title: Core\n    topics: ["07", 8, "x"]\n    concepts: []\n`;
    expect(parse(source).plan?.mustKnow[0]?.topics).toEqual(['07']);
    expect(fieldErrors(source)).toEqual([
      '7 Must-know area "core": topic "8" must be a quoted two-digit id, like "07".',
      '7 Must-know area "core": topic "x" must be a quoted two-digit id, like "07".',
    ]);
  });

  it('reports each bad concept and keeps the good ones', () => {
    const source = [
      `${base}mustKnow:`,
      '  - id: core',
      '    title: Core',
      '    concepts:',
      '      - just text',
      '      - text: No id',
      '      - id: no-text',
      '      - id: bad-questions',
      '        text: X',
      '        questions: bv',
      '      - id: ok',
      '        text: Fine',
      '        questions:',
      '          - bv-tradeoff',
      '',
    ].join('\n');
    expect(parse(source).plan?.mustKnow[0]?.concepts).toEqual([
      { id: 'bad-questions', text: 'X', questionIds: [], line: 11 },
      { id: 'ok', text: 'Fine', questionIds: ['bv-tradeoff'], line: 14 },
    ]);
    expect(fieldErrors(source)).toEqual([
      '8 Must-know area "core": each concept must be a mapping like { id: bias-variance, text: …, questions: [a-question-id] }.',
      '9 Must-know area "core", a concept has no `id`. Add `id: …`.',
      '10 Must-know area "core", concept "no-text" has no `text`. Add `text: …`.',
      '13 Must-know area "core", concept "bad-questions": questions must be a list of question ids.',
    ]);
  });
});
