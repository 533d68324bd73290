// A language's own name ("Deutsch", "日本語"), from Intl: the draft languages are named as their
// speakers write them, whatever the page's language.
const names = new Map<string, string>();

export function languageName(tag: string): string {
  let name = names.get(tag);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    } catch {
      name = tag;
    }
    names.set(tag, name);
  }
  return name;
}
