import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTopic } from './parse-topic.js';

const minimal = readFileSync(path.join(import.meta.dirname, '../../../test/fixtures/vaults/minimal-valid/01_Math_Foundations.md'), 'utf8');

describe('parseTopic', () => {
  const { topic, diagnostics } = parseTopic('01_Math_Foundations.md', minimal);

  it('reads the front matter into typed fields', () => {
    expect(diagnostics).toEqual([]);
    expect(topic).not.toBeNull();
    expect(topic!.id).toBe('01');
    expect(topic!.slug).toBe('01_Math_Foundations');
    expect(topic!.difficulty).toEqual({ from: 'medium', to: 'medium', label: 'Medium' });
    expect(topic!.essential).toBe(false);
    expect(topic!.keyFor).toBe('Theory interviews');
  });

  it('builds parts and questions with ids, metadata and lines', () => {
    expect(topic!.parts.map((p) => [p.number, p.title, p.line])).toEqual([[1, 'Optimization Theory', 14]]);
    const [q1, q2] = topic!.parts[0]!.questions;
    expect(q1!.id).toBe('gd-quadratic');
    expect(q1!.title).toBe('What does gradient descent do on $f(x) = x^2$?');
    expect(q1!.line).toBe(16);
    expect(q1!.difficulty).toBe('easy');
    expect(q1!.tags).toEqual(['optimization']);
    expect(q2!.aliases).toEqual(['newton-one-step']);
    expect(q2!.tags).toEqual(['optimization', 'second-order']);
  });

  it('splits the answer from the labelled sections', () => {
    const q1 = topic!.parts[0]!.questions[0]!;
    expect(q1.answer.markdown.startsWith('Each step multiplies $x$')).toBe(true);
    expect(q1.answer.markdown).not.toContain('Key points');
    expect(q1.keyPoints.map((k) => k.markdown)).toEqual(['The update is $x_{k+1} = (1-2\\eta)x_k$.', 'It converges for $0 < \\eta < 1$.']);
    expect(q1.pitfalls).toHaveLength(1);
    expect(q1.related.map((r) => r.markdown)).toEqual(['[[01_Math_Foundations#^newton-quadratic]]']);
    // `**Key points:**` with the colon inside the bold is a label too.
    expect(topic!.parts[0]!.questions[1]!.keyPoints).toHaveLength(2);
    expect(topic!.parts[0]!.questions[1]!.references).toHaveLength(1);
  });

  it('collects code with its fence line, math and links', () => {
    const q1 = topic!.parts[0]!.questions[0]!;
    expect(q1.code).toHaveLength(1);
    expect(q1.code[0]).toMatchObject({ lang: 'python', line: 25 });
    expect(q1.code[0]!.code).toContain('assert abs(x) < 1e-4');
    expect(q1.math.filter((m) => m.display)).toHaveLength(1);
    expect(q1.math.filter((m) => m.display)[0]!.line).toBe(21);
    expect(q1.links.map((l) => [l.target, l.anchor, l.blockRef, l.line])).toEqual([['01_Math_Foundations', 'newton-quadratic', true, 40]]);
    expect(topic!.links.map((l) => [l.target, l.anchor, l.blockRef])).toEqual([['', 'Part 1: Optimization Theory', false]]);
  });

  it('reads a no-run reason from the fence info string', () => {
    const src = minimal.replace('```python\nx = 1.0', '```python no-run="needs a GPU"\nx = 1.0');
    const q1 = parseTopic('01_Math_Foundations.md', src).topic!.parts[0]!.questions[0]!;
    expect(q1.code[0]!.noRun).toBe('needs a GPU');
  });

  it('keeps going after a broken question and drops only that question', () => {
    const src = minimal.replace('<!-- id: gd-quadratic; difficulty: easy; tags: optimization -->\n', '');
    const parsed = parseTopic('01_Math_Foundations.md', src);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['question/metadata-missing']);
    expect(parsed.topic!.parts[0]!.questions.map((q) => q.id)).toEqual(['newton-quadratic']);
  });

  it('never throws on arbitrary input', () => {
    for (const src of [
      '',
      '---',
      '---\n---',
      '# x\n## Part x',
      '\u0000\u0001',
      '### q\n<!-- id: -->',
      '## Part 1: A\n### q\n<!-- id: abc; difficulty: easy; tags: a -->\n**Key points**\ntext',
    ]) {
      expect(() => parseTopic('01_X.md', src)).not.toThrow();
    }
  });
});
