import { describe, expect, it } from 'vitest';
import { parseVault } from '../parse/index.js';
import { similarForVault, writtenRelated } from './vault-similar.js';

const topic = (related: string) => `---
id: "01"
title: Demo
difficulty: Easy
key_for: Tests
essential: true
summary: Related questions.
---

# Demo

## Part 1: Optimizers

### How does Adam adapt the learning rate?
<!-- id: adam; difficulty: easy; tags: optimization -->

Adam keeps moving averages of the gradient and of the squared gradient per parameter.

**Related**
${related}

### What does RMSProp do with the squared gradient?
<!-- id: rmsprop; difficulty: easy; tags: optimization; aliases: rms-old -->

RMSProp divides the learning rate by a moving average of the squared gradient per parameter.

### What does momentum add to gradient descent?
<!-- id: momentum; difficulty: easy; tags: optimization -->

Momentum keeps a moving average of the gradient, which damps oscillation.

### What is a confusion matrix?
<!-- id: confusion; difficulty: easy; tags: evaluation -->

A table of predicted against true classes.
`;

const vaultWith = (related: string) => parseVault([{ file: '01_Demo.md', source: topic(related) }]);

describe('similarForVault', () => {
  it('suggests the nearest question when the author wrote no Related link to it', () => {
    const vault = vaultWith('- [[#^confusion]]');
    expect(similarForVault(vault).get('adam')![0]!.id).toBe('rmsprop');
  });

  it('leaves out questions the Related section already links to, by id or by alias', () => {
    for (const link of ['[[#^rmsprop]]', '[[01_Demo#^rms-old]]']) {
      const vault = vaultWith(`- ${link}`);
      const t = vault.topics[0]!;
      expect([...writtenRelated(vault, t, t.parts[0]!.questions[0]!)]).toEqual(['rmsprop']);
      const ids = similarForVault(vault)
        .get('adam')!
        .map((s) => s.id);
      expect(ids).not.toContain('rmsprop');
      expect(ids[0]).toBe('momentum');
    }
  });
});

describe('writtenRelated', () => {
  it('takes only question links inside the Related section, including an item wrapped onto a second line', () => {
    const source = topic('- [[01_Demo]], the topic itself\n- [[#^no-such-id]]\n- compare with\n  [[#^momentum]]').replace(
      'per parameter.\n\n**Related**',
      'per parameter, unlike [[#^confusion]].\n\n**Related**',
    );
    const vault = parseVault([{ file: '01_Demo.md', source }]);
    const t = vault.topics[0]!;
    expect(t.parts[0]!.questions[0]!.links.map((l) => l.raw)).toEqual(['#^confusion', '01_Demo', '#^no-such-id', '#^momentum']);
    expect([...writtenRelated(vault, t, t.parts[0]!.questions[0]!)]).toEqual(['momentum']);
  });
});

describe('similarForVault order and options', () => {
  const one = (file: string, id: string, qid: string) => ({
    file,
    source: `---\nid: "${id}"\ntitle: T${id}\ndifficulty: Easy\nkey_for: Tests\nessential: false\nsummary: S.\n---\n\n# T${id}\n\n## Part 1: P\n\n### Why kiwi?\n<!-- id: ${qid}; difficulty: easy; tags: t -->\n\nKiwi lime.\n`,
  });

  it("breaks ties by topic id order, whatever the order of the vault's topics, and passes the options on", () => {
    const parsed = parseVault([one('01_A.md', '01', 'q-a'), one('02_B.md', '02', 'q-b'), one('03_C.md', '03', 'q-c')]);
    const vault = { ...parsed, topics: [...parsed.topics].reverse() };
    expect(
      similarForVault(vault)
        .get('q-c')!
        .map((s) => [s.id, s.topicId, s.title, s.score]),
    ).toEqual([
      ['q-a', '01', 'Why kiwi?', 0.3],
      ['q-b', '02', 'Why kiwi?', 0.3],
    ]);
    expect(
      similarForVault(vault, { limit: 1 })
        .get('q-c')!
        .map((s) => s.id),
    ).toEqual(['q-a']);
  });
});
