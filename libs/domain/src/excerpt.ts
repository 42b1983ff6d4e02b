/**
 * The first lines of a text, for a glance: at most `lines` non-empty lines and `max` characters, cut at a
 * word with an ellipsis when it is too long; `cut` tells that there is more to read.
 */
export function firstLines(text: string, max: number, lines = 3): { text: string; cut: boolean } {
  const all = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const head = all.slice(0, lines).join('\n');
  if (head.length <= max) return { text: head, cut: all.length > lines };
  const slice = head.slice(0, max);
  // A word that ends exactly at the limit stays whole.
  const space = /\s/.test(head[max] ?? '') ? max : slice.lastIndexOf(' ');
  return { text: `${(space > max * 0.6 ? slice.slice(0, space) : slice).replace(/[\s,;:.–-]+$/, '')}…`, cut: true };
}
