// The project's own phrasings of a person objecting to the agent or the conversation: an early
// sign of a confrontation rupture. A trained rupture model replaces this list in the nlu issue.
// @see Safran JD, Muran JC. Negotiating the Therapeutic Alliance. Guilford, 2000 (confrontation and withdrawal ruptures).
const COMPLAINTS: readonly RegExp[] = [
  /\b(?:this|that|it|you)(?:['’]s|\s+is|\s+are|['’]re)?\s+(?:so\s+|really\s+|completely\s+|totally\s+|just\s+)?(?:stupid|useless|pointless|rubbish|crap|dumb|annoying|boring|a\s+waste\s+of\s+time|no\s+help|not\s+helping|not\s+helpful)\b/iu,
  /\b(?:this|it|you)\s+(?:is|are)?\s*(?:n['’]?t|not)\s+help(?:ing|ful)\b/iu,
  /\byou\s+(?:do\s*n['’]?t|dont|do\s+not|never|can['’]?t|cannot)\s+(?:get\s+it|understand|listen|help)\b/iu,
  /\byou(?:['’]re|\s+are)\s+(?:just\s+|only\s+)?(?:a\s+|an\s+)?(?:stupid\s+)?(?:bot|robot|machine|program|computer|ai)\b/iu,
  /\b(?:stop\s+(?:asking|repeating|saying)|you\s+(?:keep|already)\s+(?:asking|saying|said|repeating))\b/iu,
  /\bwhat['’]?s\s+the\s+point\s+of\s+(?:this|talking|you)\b/iu,
];

/**
 * The words with which a person objects to the agent or the process ("this is useless", "you
 * don't get it"), or undefined.
 * @example findComplaint("you're just a bot") // "you're just a bot"
 */
export function findComplaint(text: string): string | undefined {
  for (const pattern of COMPLAINTS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}
