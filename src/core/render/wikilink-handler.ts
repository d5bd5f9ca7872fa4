// remark-rehype handler for the `wikiLink` mdast nodes made by core/parse/remark-wikilinks.ts. A resolved link
// becomes `<a class="wikilink" href="/t/…">`; an unresolved one becomes an inert `<span class="wikilink
// wikilink-unresolved">` (the validator already reported it, the reader just sees the text). Isomorphic.

import type { Element } from 'hast';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import type { WikiLinkNode } from '../parse/index.js';
import { resolveWikiLink, type Vault } from '../model/index.js';
import { hrefOf, labelOf } from './link-href.js';

type Handler = NonNullable<NonNullable<RemarkRehypeOptions['handlers']>['wikiLink']>;

export function createWikiLinkHandler(vault: Vault, fromSlug: string): Handler {
  return (_state, raw): Element => {
    const link = (raw as unknown as WikiLinkNode).data.link;
    const resolved = resolveWikiLink(vault, fromSlug, link);
    const href = resolved.ok ? hrefOf(resolved.target) : null;
    const text = link.alias ?? (resolved.ok ? labelOf(resolved.target) : link.raw);
    if (href === null) {
      return {
        type: 'element',
        tagName: 'span',
        properties: { className: ['wikilink', 'wikilink-unresolved'] },
        children: [{ type: 'text', value: text }],
      };
    }
    return { type: 'element', tagName: 'a', properties: { className: ['wikilink'], href }, children: [{ type: 'text', value: text }] };
  };
}
