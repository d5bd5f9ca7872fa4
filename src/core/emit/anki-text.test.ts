import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Vault } from '../model/index.js';
import { loadVault } from '../../node/load-vault.js';
import { createHighlighter } from '../render/create-highlighter.js';
import { createAnkiHtml, type AnkiHtml } from './anki-html.js';
import { ANKI_FIELDS, buildAnkiNotes, type AnkiNote } from './anki-notes.js';
import { emitAnkiText } from './anki-text.js';
import { selectQuestions } from './select-questions.js';

const VAULTS = path.join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'vaults');

/**
 * An independent reader of the file as Anki documents it: `#key:value` header lines, then tab-separated rows
 * where a field in double quotes may hold tabs, newlines and doubled quotes. Written here, not shared with the
 * emitter, so a quoting bug in one is not mirrored by the other.
 */
function readAnkiText(text: string): { headers: Map<string, string>; rows: string[][] } {
  const headers = new Map<string, string>();
  let i = 0;
  while (text[i] === '#') {
    const end = text.indexOf('\n', i);
    const line = text.slice(i + 1, end);
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon), line.slice(colon + 1));
    i = end + 1;
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') ((field += '"'), (i += 2));
        else if (text[i] === '"') break;
        else if (i >= text.length) throw new Error('unterminated quote');
        else field += text[i++];
      }
      i++;
      continue;
    }
    const c = text[i++];
    if (c === '\t') (row.push(field), (field = ''));
    else if (c === '\n') (row.push(field), rows.push(row), (row = []), (field = ''));
    else field += c;
  }
  return { headers, rows };
}

let vault: Vault;
let html: AnkiHtml;
let notes: AnkiNote[];
beforeAll(async () => {
  ({ vault } = await loadVault(path.join(VAULTS, 'web-prep')));
  html = createAnkiHtml(vault, await createHighlighter());
  notes = buildAnkiNotes(selectQuestions(vault), html);
}, 60_000);

describe('emitAnkiText', () => {
  it('writes the documented headers and one row per question whose columns match them', () => {
    const { headers, rows } = readAnkiText(emitAnkiText(notes));
    expect(headers.get('separator')).toBe('tab');
    expect(headers.get('html')).toBe('true');
    const columns = headers.get('columns')!.split('\t');
    expect(columns.slice(0, ANKI_FIELDS.length)).toEqual([...ANKI_FIELDS]);
    expect(columns[Number(headers.get('guid column')) - 1]).toBe('GUID');
    expect(columns[Number(headers.get('deck column')) - 1]).toBe('Deck');
    expect(columns[Number(headers.get('tags column')) - 1]).toBe('Tags');
    expect(rows).toHaveLength(selectQuestions(vault).length);
    expect(rows.every((r) => r.length === columns.length)).toBe(true);
  });

  it('carries one note field by field: math in Anki delimiters, code as inline-styled HTML, lists, deck and tags', () => {
    const { headers, rows } = readAnkiText(emitAnkiText(notes));
    const columns = headers.get('columns')!.split('\t');
    const row = rows.find((r) => r[columns.indexOf('Id')] === 'gd-step-size')!;
    const get = (name: string) => row[columns.indexOf(name)]!;
    expect(get('Question')).toBe('Why must the gradient-descent step size be at most \\(1/L\\) on an \\(L\\)-smooth function?');
    expect(get('Answer')).toMatch(/^<p>With a step \\\(\\eta \\le 1\/L\\\), every step/);
    expect(get('Answer')).toContain('<p>\\[f(y) \\le f(x) + \\nabla f(x)^\\top (y-x) + \\frac{L}{2}\\lVert y-x \\rVert^2 .\\]</p>');
    // Shiki's light theme, as inline colours; the code's own newlines survive the quoting
    expect(get('Answer')).toContain('<pre style="background-color:#fff;color:#24292e"><code>');
    expect(get('Answer')).toContain('<span style="color:#D73A49">import</span><span style="color:#24292E"> numpy </span>');
    expect(get('Answer')).toContain('</span></span>\n<span></span>\n<span>');
    expect(get('Answer')).not.toContain('katex');
    expect(get('KeyPoints')).toMatch(/^<ul>\n<li>Descent lemma: \\\(f\(y\) \\le/);
    expect(get('Pitfalls')).toBe(
      '<ul>\n<li>Saying "a smaller step is always safer": it is, but the rate degrades linearly with \\(\\eta\\).</li>\n</ul>',
    );
    expect(get('References')).toBe(
      '<ul>\n<li>Nesterov, Y. (2004). <em>Introductory Lectures on Convex Optimization</em>. Kluwer. §2.1.</li>\n</ul>',
    );
    expect(get('Topic')).toBe('01 Math Foundations · Part 0: Calculus');
    expect(get('GUID')).toBe('mlprep:gd-step-size');
    expect(get('Deck')).toBe('mlprep::01 Math Foundations');
    expect(get('Tags').split(' ')).toEqual([
      'mlprep::topic::01',
      'mlprep::part::01.0',
      'mlprep::difficulty::medium',
      'mlprep::tag::optimization',
      'mlprep::tag::convexity',
    ]);
  });

  it('quotes tabs, newlines, quotes and a leading # so every field reads back exactly', () => {
    const tricky: AnkiNote = {
      guid: 'mlprep:tricky',
      fields: ['a\tb', 'line 1\nline 2\r\nline 3', 'say "hi"', '#not a header', 'plain', '', 'x'],
      deck: 'mlprep::99 Odd',
      tags: ['t'],
    };
    const text = emitAnkiText([tricky, notes[0]!]);
    const { rows } = readAnkiText(text);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([...tricky.fields, tricky.guid, tricky.deck, 't']);
    // unquoted fields stay as written
    expect(text).toContain('\tplain\t\tx\tmlprep:tricky\t');
  });
});

describe('createAnkiHtml', () => {
  it('turns wikilinks into the linked title as plain text (an alias wins), never a link', () => {
    const out = html.block('See [[#^eigen-decomposition]] and [[02_Probability_Statistics#^bayes-rule|Bayes]].', '01_Math_Foundations');
    expect(out).toBe('<p>See What is an eigendecomposition, and when does it exist? and Bayes.</p>');
  });

  it('drops raw HTML tags (a script is left as inert text)', () => {
    const out = html.block('Hi <script>alert(1)</script> <img src=x onerror=alert(1)> **b**', '01_Math_Foundations');
    expect(out).toBe('<p>Hi alert(1)  <strong>b</strong></p>');
  });
});

describe('selectQuestions', () => {
  it('filters by topic and names unknown topics and paths', () => {
    expect(new Set(selectQuestions(vault, { topics: ['2'] }).map((s) => s.topic.id))).toEqual(new Set(['02']));
    expect(() => selectQuestions(vault, { topics: ['07'] })).toThrow('--topic: no topic 07 (topics: 01, 02)');
    expect(() => selectQuestions(vault, { path: 'nope' })).toThrow(/--path: no study path "nope"/);
  });
});
