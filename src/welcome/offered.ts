// Which of the background's platform choices this build may open: only the platforms whose seller
// hosts are among the manifest's host permissions.
import type { PlatformChoice } from '../messages';

/** Only the platforms whose seller hosts this build may read (the manifest's host permissions). */
export function offered(choices: PlatformChoice[], hostPermissions: string[]): PlatformChoice[] {
  const granted = new Set(hostPermissions.map((p) => p.replace(/\/\*$/, '')));
  return choices
    .map((c) => ({ ...c, choices: c.choices.filter((choice) => granted.has(new URL(choice.url).origin)) }))
    .filter((c) => c.choices.length > 0);
}
