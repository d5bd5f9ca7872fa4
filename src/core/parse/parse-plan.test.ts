// parsePlan on YAML that does not parse: every error is a plan/yaml diagnostic on its own line, and no plan is
// built from a half-read file. The fixture vault plan-yaml shows the same through loadVault.
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
