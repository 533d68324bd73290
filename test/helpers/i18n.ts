// Catalogue helpers shared by the i18n tests.
import type { Said } from '../../src/core/said';
import { forms, PLACEHOLDER, type Message } from '../../src/i18n/message';

/** Placeholders of a message (every form), as "name" or "name, format". */
export function placeholders(message: Message): string[] {
  const found = forms(message).flatMap((f) =>
    [...f.matchAll(PLACEHOLDER)].map((m) => (m[2] ? `${m[1]}, ${m[2]}` : m[1]!)),
  );
  return [...new Set(found)].sort();
}

/** The code and every code nested in its parameters. */
export function allSaid(said: Said): Said[] {
  const nested = Object.values(said.params ?? {}).filter((p): p is Said => typeof p === 'object');
  return [said, ...nested.flatMap(allSaid)];
}
