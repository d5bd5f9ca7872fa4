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
