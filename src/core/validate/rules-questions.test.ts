// checkQuestions: an answer, 2–6 key points, ids and aliases unique across the vault, and a reason on every python
// block that opts out of running. Each failing case with its exact diagnostic, and its valid neighbour with none.
import { describe, expect, it } from 'vitest';
import { asTopicId } from '../model/index.js';
import { parseVault } from '../parse/index.js';
import { checkQuestions, MAX_KEY_POINTS, MIN_KEY_POINTS } from './rules-questions.js';

/** A topic file; its body starts on line 14. */
const topic = (id: string, body: string) =>
  `---\nid: "${id}"\ntitle: T${id}\ndifficulty: Easy\nkey_for: Tests\nessential: false\nsummary: S.\n---\n\n# T${id}\n\n## Part 1: P\n\n${body}`;

const points = (n: number) => Array.from({ length: n }, (_, i) => `- Point ${i + 1}.`).join('\n');

/**
 * A question starting with its heading: metadata on +1, answer on +3, the key points label on +5, the first point
 * on +6. With two points it takes 8 lines, and the next question (after a blank line) starts 9 lines further down.
 */
const question = (id: string, { answer = 'An answer.', keyPoints = 2, meta = '' } = {}) =>
  `### Question ${id}?\n<!-- id: ${id}; difficulty: easy; tags: t${meta} -->\n\n${answer}\n\n${keyPoints > 0 ? `**Key points**\n${points(keyPoints)}` : ''}\n`;

const vaultOf = (files: Record<string, string>) => parseVault(Object.entries(files).map(([file, source]) => ({ file, source })));
const run = (files: Record<string, string>) => checkQuestions(vaultOf(files));

const error = (file: string, line: number, code: string, message: string) => ({ file, line, code, severity: 'error', message });

describe('checkQuestions: answer', () => {
  it('accepts a question with an answer and two key points', () => {
    expect(run({ '01_A.md': topic('01', question('q-one')) })).toEqual([]);
  });

  it('reports a question without an answer on its heading line', () => {
    expect(run({ '01_A.md': topic('01', question('q-one', { answer: '' })) })).toEqual([
      error(
        '01_A.md',
        14,
        'question/no-answer',
        'Question "q-one" has no answer. Write the answer between the metadata line and "**Key points**".',
      ),
    ]);
  });

  it('counts an answer of blanks as no answer', () => {
    const vault = vaultOf({ '01_A.md': topic('01', question('q-one')) });
    vault.topics[0]!.parts[0]!.questions[0]!.answer.markdown = '  \n\t';
    expect(checkQuestions(vault).map((d) => [d.line, d.code])).toEqual([[14, 'question/no-answer']]);
  });
});

describe('checkQuestions: key points', () => {
  it('keeps the limits at 2 and 6', () => {
    expect([MIN_KEY_POINTS, MAX_KEY_POINTS]).toEqual([2, 6]);
  });

  it('reports a question without key points on its heading line', () => {
    expect(run({ '01_A.md': topic('01', question('q-one', { keyPoints: 0 })) })).toEqual([
      error(
        '01_A.md',
        14,
        'question/no-key-points',
        'Question "q-one" has no key points. Add "**Key points**" and a list of 2–6 checkable facts.',
      ),
    ]);
  });

  it.each([1, 7, 9])('reports %i key points on the line of the first point', (n) => {
    expect(run({ '01_A.md': topic('01', question('q-one', { keyPoints: n })) })).toEqual([
      error('01_A.md', 20, 'question/key-points-count', `Question "q-one" has ${n} key points; give 2–6.`),
    ]);
  });

  it.each([2, 3, 6])('accepts %i key points', (n) => {
    expect(run({ '01_A.md': topic('01', question('q-one', { keyPoints: n })) })).toEqual([]);
  });

  it('reports a missing answer and missing key points together, answer first', () => {
    expect(run({ '01_A.md': topic('01', question('q-one', { answer: '', keyPoints: 0 })) }).map((d) => d.code)).toEqual([
      'question/no-answer',
      'question/no-key-points',
    ]);
  });
});

describe('checkQuestions: unique ids and aliases', () => {
  const tail = 'Ids and aliases must be unique across the collection.';

  it('accepts distinct ids and aliases across files', () => {
    expect(
      run({
        '01_A.md': topic('01', [question('q-one', { meta: '; aliases: old-one' }), question('q-two')].join('\n')),
        '02_B.md': topic('02', question('q-three', { meta: '; aliases: old-three, older-three' })),
      }),
    ).toEqual([]);
  });

  it('reports an id repeated in the same file on the later question, naming the first', () => {
    expect(run({ '01_A.md': topic('01', [question('shared-id'), question('shared-id')].join('\n')) })).toEqual([
      error('01_A.md', 23, 'id/duplicate', `The id "shared-id" is already used as an id at 01_A.md:14. ${tail}`),
    ]);
  });

  it('reports an id repeated in another file in that file', () => {
    expect(run({ '01_A.md': topic('01', question('shared-id')), '02_B.md': topic('02', question('shared-id')) })).toEqual([
      error('02_B.md', 14, 'id/duplicate', `The id "shared-id" is already used as an id at 01_A.md:14. ${tail}`),
    ]);
  });

  it('reports an alias that is an earlier id, and an id that is an earlier alias', () => {
    const body = [
      question('first-q', { meta: '; aliases: old-name' }),
      question('second-q', { meta: '; aliases: first-q' }),
      question('old-name'),
    ];
    expect(run({ '01_A.md': topic('01', body.join('\n')) })).toEqual([
      error('01_A.md', 23, 'id/duplicate', `The alias "first-q" is already used as an id at 01_A.md:14. ${tail}`),
      error('01_A.md', 32, 'id/duplicate', `The id "old-name" is already used as an alias at 01_A.md:14. ${tail}`),
    ]);
  });

  it('reports an alias listed twice on the same question', () => {
    expect(run({ '01_A.md': topic('01', question('q-one', { meta: '; aliases: old-one, old-one' })) })).toEqual([
      error('01_A.md', 14, 'id/duplicate', `The alias "old-one" is already used as an alias at 01_A.md:14. ${tail}`),
    ]);
  });
});

describe('checkQuestions: no-run needs a reason', () => {
  const withBlock = (info: string) => question('q-one', { answer: `\`\`\`${info}\nprint(1)\n\`\`\`` });
  const message = 'This python block opts out of execution without a reason. Write no-run="why it cannot run here".';

  it.each(['python no-run', 'python no-run=""', 'python no-run="  "'])('reports `%s` on the fence line', (info) => {
    expect(run({ '01_A.md': topic('01', withBlock(info)) })).toEqual([error('01_A.md', 17, 'code/no-run', message)]);
  });

  it.each(['python no-run="needs a GPU"', 'python', 'text no-run', 'bash no-run'])('accepts `%s`', (info) => {
    expect(run({ '01_A.md': topic('01', withBlock(info)) })).toEqual([]);
  });
  it('checks the blocks of the topic intro and of part intros too, on their fence lines', () => {
    const fence = (info: string) => `\`\`\`${info}\nprint(1)\n\`\`\``;
    const source =
      `---\nid: "01"\ntitle: T01\ndifficulty: Easy\nkey_for: Tests\nessential: false\nsummary: S.\n---\n\n# T01\n\n` +
      `${fence('python no-run')}\n\n## Part 1: P\n\n${fence('python no-run=""')}\n\n${fence('python no-run="needs a GPU"')}\n\n` +
      question('q-one');
    expect(run({ '01_A.md': source })).toEqual([
      error('01_A.md', 12, 'code/no-run', message),
      error('01_A.md', 18, 'code/no-run', message),
    ]);
  });
});

describe('checkQuestions: file of a question', () => {
  it('names the file "?" when the question belongs to no topic of the vault', () => {
    const vault = vaultOf({ '01_A.md': topic('01', question('q-one', { keyPoints: 0 })) });
    vault.topics[0]!.parts[0]!.questions[0]!.topicId = asTopicId('99');
    expect(checkQuestions(vault).map((d) => [d.file, d.line, d.code])).toEqual([['?', 14, 'question/no-key-points']]);
  });
});
