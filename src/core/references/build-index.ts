// The references index: every work cited under **References** anywhere in the collection, with the questions
// that cite it, sorted by how often it is cited. Built once per content build from the parsed vault. Isomorphic.

import type { Vault } from '../model/index.js';
import { MUST_READ } from './must-read.js';
import { parseReference } from './parse-reference.js';

export interface CitingQuestion {
  id: string;
  topicId: string;
  title: string;
}

export interface ReferenceWork {
  key: string;
  label: string;
  /** The most complete title the collection gives the work. */
  title: string;
  year: string;
  kind: 'work' | 'source';
  /** Set for the seed's must-read papers: what the paper is must-read for. */
  mustRead?: string;
  topics: string[];
  citedBy: CitingQuestion[];
}

export interface ReferenceIndex {
  works: ReferenceWork[];
  /** Reference lines that did not parse (also reported by `check` as question/reference warnings). */
  unparsed: number;
}

const plain = (md: string) => md.replace(/\$[^$]*\$/g, (m) => m.slice(1, -1)).replace(/[*_`]/g, '');

export function buildReferenceIndex(vault: Vault): ReferenceIndex {
  const works = new Map<string, ReferenceWork>();
  let unparsed = 0;
  const mustRead = new Map(MUST_READ.map((m) => [m.key, m.why]));
  const topics = [...vault.topics].sort((a, b) => a.id.localeCompare(b.id));
  for (const topic of topics)
    for (const part of topic.parts)
      for (const q of part.questions) {
        for (const fragment of q.references) {
          const ref = parseReference(fragment.markdown);
          if (!ref) {
            unparsed++;
            continue;
          }
          let work = works.get(ref.key);
          if (!work) {
            work = { key: ref.key, label: ref.label, title: ref.title, year: ref.year, kind: ref.kind, topics: [], citedBy: [] };
            const why = mustRead.get(ref.key);
            if (why) work.mustRead = why;
            works.set(ref.key, work);
          }
          if (ref.title.length > work.title.length) work.title = ref.title;
          if (!work.citedBy.some((c) => c.id === q.id)) work.citedBy.push({ id: q.id, topicId: q.topicId, title: plain(q.title) });
          if (!work.topics.includes(q.topicId)) work.topics.push(q.topicId);
        }
      }
  const sorted = [...works.values()].sort((a, b) => b.citedBy.length - a.citedBy.length || a.label.localeCompare(b.label));
  return { works: sorted, unparsed };
}
