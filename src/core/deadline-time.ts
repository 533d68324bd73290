// A platform's deadline as a moment: hours and days as they are, business and working days
// skipping Saturdays and Sundays (public holidays differ per country and are not known here, so a
// business-day deadline can only come out early, never late).
import type { Deadline } from './rulebooks';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const weekend = (t: number) => [0, 6].includes(new Date(t).getUTCDay());

export function addDeadline(from: number, d: Deadline): number {
  if (d.unit === 'hours') return from + d.amount * HOUR;
  if (d.unit === 'days') return from + d.amount * DAY;
  const step = d.unit === 'business-hours' ? HOUR : DAY;
  let t = from;
  for (let left = d.amount; left > 0;) {
    t += step;
    if (!weekend(t)) left--;
  }
  return t;
}
