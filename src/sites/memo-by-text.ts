// A list page repeats a handful of texts (its statuses) hundreds of times: each is worked out once.
// Page text is unbounded, so only a bounded number of texts, each at most `maxLength` long, is kept.

/** `read`, remembering its answer for each short text it was asked (`read` never answers undefined). */
export function memoByText<T>(read: (text: string) => T, maxLength: number, maxTexts = 200): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let answer = seen.get(text);
    if (answer === undefined) {
      answer = read(text);
      if (seen.size < maxTexts && text.length <= maxLength) seen.set(text, answer);
    }
    return answer;
  };
}
