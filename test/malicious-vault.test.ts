// A vault passed with --content may come from anyone: its scripts, javascript: links and event handlers must
// all render inert in every HTML field the API serves.

import { describe, expect, it } from 'vitest';
import type { TopicDetail } from '../src/core/api/types.js';
import { buildTestApp } from './helpers/build-test-app.js';

function htmlFields(topic: TopicDetail): string[] {
  const out = [topic.introHtml];
  for (const p of topic.parts) {
    out.push(p.introHtml);
    for (const q of p.questions)
      out.push(q.titleHtml, q.answerHtml, ...q.keyPoints, ...q.pitfalls, ...q.followUps, ...q.references, ...q.related);
  }
  return out;
}

describe('malicious fixture vault', () => {
  it('renders inert: no script, iframe, javascript: URL, event handler or inline style', async () => {
    const { app } = await buildTestApp('web-malicious');
    const res = await app.request('/api/topics/01');
    expect(res.status).toBe(200);
    const topic = (await res.json()) as TopicDetail;
    const html = htmlFields(topic).join('\n');
    expect(html).toContain('markdown link'); // the text survives, the markup does not
    expect(html).not.toMatch(/<script|<iframe|<svg|<div/i);
    // `javascript:` may remain as visible text (the TeX source of a rejected \href), never as a URL.
    expect(html).not.toMatch(/(?:href|src|action)\s*=\s*["']?\s*javascript:/i);
    expect(html).toContain('<a>markdown link</a>');
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i); // inside a tag, not escaped text
    expect(html).not.toMatch(/<[a-z][^>]*\sstyle\s*=/i);
    // The alias text is shown escaped, as text.
    expect(html).toContain("&#x3C;img src=x onerror=alert('alias')>");
  });

  it('keeps a hostile title as data (the UI renders it as text)', async () => {
    const { app } = await buildTestApp('web-malicious');
    const topic = (await (await app.request('/api/topics/01')).json()) as TopicDetail;
    expect(topic.title).toContain('<script>');
  });
});
