// Who read the content packages' fr and en texts against the nl source (issue 26, part 2), as a
// role: spread into a translation as `{ text, ...checked }`. `checked` is not `reviewed`: a person
// who writes the language natively still reviews them.
export const checked = {
  status: 'checked',
  reviewedBy: 'AI assistant of the mh team, read against the nl source for meaning, terms per region (CONTENT.md) and the known error classes; not a native speaker',
  reviewedOn: '2026-12-07',
} as const;
