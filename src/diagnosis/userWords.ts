/** The most of the user's own words a case keeps (a description, what they reported, why they asked). */
export const MAX_USER_WORDS = 300;

/** The user's words on one line, cut at a word with an ellipsis when they run long. */
export function userWords(text: string | undefined, max = MAX_USER_WORDS): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
