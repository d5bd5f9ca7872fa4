// One reference line (a bullet under **References**) -> the cited work: normalised first author, year, title and a
// key that groups the same work cited by different questions. The collection writes references as
//   Authors (Year). Title. Venue.            e.g.  Hastie, T., Tibshirani, R., Friedman, J. (2009). *The Elements…*
// and, for laws and manuals, as a source with a year somewhere or a documentation/regulation name. We parse by hand
// because citation parsers (citation-js, anystyle) target BibTeX/CSL or need a model; this format is our own.
// Isomorphic.

export interface ParsedReference {
  /** Groups citations of one work: `surname-year-titleword` (ASCII, lowercase). */
  key: string;
  /** Short label, e.g. "Vaswani et al. (2017)", "Sutton & Barto (2018)". */
  label: string;
  /** Surnames in order; `etAl` when the line abbreviates the list. */
  authors: string[];
  etAl: boolean;
  year: string;
  title: string;
  kind: 'work' | 'source';
}

/** `Authors (eds.)? (YYYY[a-z]?[–-YY]?[, …]). Rest` — the author–year form. */
const AUTHOR_YEAR =
  /^(?<authors>[^()]+?)\s*(?:\((?:eds?|Eds?)\.\)\s*)?\((?<year>1[5-9]\d\d|20\d\d)[a-z]?(?:[–-]\d{2,4})?(?:,[^)]*)?\)\.?\s*(?<rest>.*)$/;
/** Initials such as `T.`, `R. S.`, `P.-S.`, `É.`, `J.-P.`: capital letters each followed by a dot. */
const INITIALS = /^(?:\p{Lu}\.(?:[-\s]?\p{Lu}\.)*)$/u;
/** Words that mark a law, a court case or a manual, cited without an author. */
const SOURCE_WORDS = /\b(?:documentation|docs|Regulation|Directive|Act|Law|CFR|Court|Case|Code|Guidelines?)\b/;
const ANY_YEAR = /\b(1[6-9]\d\d|20\d\d)\b/;

const ascii = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const stripMarks = (s: string) => s.replace(/[*_`"“”]/g, '').trim();

function surnames(text: string): { names: string[]; etAl: boolean } {
  const etAl = /\bet al\.?/.test(text);
  const cleaned = text.replace(/,?\s*et al\.?/, '').replace(/\s*&\s*|\s+and\s+/g, ', ');
  const names: string[] = [];
  for (const piece of cleaned
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (INITIALS.test(piece)) continue;
    names.push(piece.replace(/\s+\p{Lu}\.(?:[-\s]?\p{Lu}\.)*$/u, ''));
  }
  return { names, etAl };
}

/** The title: an italic span at the start, else the text up to the first sentence end. */
function titleOf(rest: string): string {
  const italic = /^\*([^*]+)\*/.exec(rest);
  if (italic) return italic[1]!.trim();
  const end = /[.?!](?:\s|$)/.exec(rest);
  return stripMarks(end ? rest.slice(0, end.index + (end[0].startsWith('.') ? 0 : 1)) : rest);
}

function labelOf(names: string[], etAl: boolean, year: string): string {
  if (names.length === 0) return year;
  if (etAl || names.length > 2) return `${names[0]} et al. (${year})`;
  return `${names.join(' & ')} (${year})`;
}

/** Parse one reference line (markdown, without the leading `- `); null when it has neither form. */
export function parseReference(line: string): ParsedReference | null {
  const text = line.trim();
  const m = AUTHOR_YEAR.exec(text);
  if (m?.groups) {
    const { names, etAl } = surnames(stripMarks(m.groups.authors!));
    if (names.length > 0) {
      const year = m.groups.year!;
      const title = titleOf(m.groups.rest ?? '');
      const firstWord =
        ascii(title)
          .split(' ')
          .find((w) => w.length > 3) ?? '';
      return {
        key: [ascii(names[0]!).replace(/ /g, '-'), year, firstWord].filter(Boolean).join('-'),
        label: labelOf(names, etAl, year),
        authors: names,
        etAl,
        year,
        title,
        kind: 'work',
      };
    }
  }
  const year = ANY_YEAR.exec(text)?.[1];
  if (year || SOURCE_WORDS.test(text)) {
    // A source: name it by the text before its first comma, or before a year in parentheses.
    const name = stripMarks(text.split(/,|\s\(\d/)[0] ?? text).replace(/\.$/, '');
    if (name.length >= 3)
      return {
        key: ascii(name).replace(/ /g, '-').slice(0, 60) + (year ? `-${year}` : ''),
        label: year ? `${name} (${year})` : name,
        authors: [],
        etAl: false,
        year: year ?? '',
        title: name,
        kind: 'source',
      };
  }
  return null;
}
