/** Every offset at which `quote` occurs in `text` (overlapping occurrences included). */
export function findQuote(text: string, quote: string): number[] {
  const offsets: number[] = [];
  if (quote === '') return offsets;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) offsets.push(at);
  return offsets;
}
