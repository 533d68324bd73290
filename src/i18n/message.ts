// The shape of one catalogue entry. A message is text with named placeholders:
//   {name}            a number (Intl, the reader's locale) or a string (isolated if right to left)
//   {name, percent}   a number in percent units: 1.92 → "1.92%" / "1,92 %"
//   {name, date}      epoch milliseconds → a medium date in the reader's locale
//   {name, datetime}  the same with the time
// A parameter may itself be a code, worded in the same language. Plural forms are chosen with
// Intl.PluralRules on the parameter named by `plural`; only `other` is required.

export interface PluralMessage {
  plural: string;
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | PluralMessage;

export type Messages = Record<string, Message>;

export const PLACEHOLDER = /\{(\w+)(?:,\s*(percent|date|datetime))?\}/g;

/** Every text form of a message (one for plain text, each plural form). */
export function forms(message: Message): string[] {
  if (typeof message === 'string') return [message];
  const { plural: _plural, ...rest } = message;
  return Object.values(rest).filter((f): f is string => typeof f === 'string');
}
