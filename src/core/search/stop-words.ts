// Words that carry no topic: a pasted question's "what", "are", "the" do not count towards, or against, a
// match. A query made only of stop words keeps them (someone may search "the"). Isomorphic.

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any are as at be because been before being between both but by
  can could did do does doing done down during each either else ever every for from further get gets got had has
  have having he her here hers him his how however i if in into is it its itself just let like may me might more
  most much must my need no nor not now of off on once one only or other our ours out over own please same say
  shall she should so some such than that the their theirs them then there these they this those through to too
  under until up us use used uses using very via was we well were what when where which while who whom whose why
  will with within without would yes yet you your yours explain describe tell discuss give walk briefly example
  examples difference differences vs versus happen happens happened set far way ways thing things something
  someone really actually exactly work works`
    .split(/\s+/)
    .filter(Boolean),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
