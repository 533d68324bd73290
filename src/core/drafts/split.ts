// A draft longer than the platform's message box (Mercado Libre: 350 UTF-16 code units, as the
// browser counts them) becomes several messages, cut between whole lines; a single line that is too
// long on its own is cut between words, and a word longer than the box between characters, never
// inside a surrogate pair. Each part is sent as one message.

function cutLine(line: string, max: number): string[] {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    let at = space > 0 ? space : max;
    // Never split a surrogate pair (an emoji counts 2 and must stay whole).
    if (space <= 0 && /[\uD800-\uDBFF]/.test(rest[at - 1] ?? '')) at -= 1;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

export function splitDraft(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n').flatMap((l) => (l.length > max ? cutLine(l, max) : [l]))) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    if (current.trim()) parts.push(current.trim());
    current = line;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}
