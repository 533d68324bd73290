// Where the seller stands on a platform's ladder (eBay's levels, Mercado Libre's colours, TikTok's
// violation steps), the limit of that step, and how many more counted events fit before the next
// boundary. The band the platform's own page states wins over the one the figures imply.
import { crosses, roomBefore, type Counts } from './rate-math';
import { guardedBoundary, ladderOf, type Band, type Boundary, type Ladder } from './rulebooks';

export interface Standing {
  band: Band;
  /** The platform's page said the band (its level or colour), rather than our figures. */
  stated: boolean;
  /** The boundary out of the current band: the limit of the seller's current level or colour. */
  limit?: Boundary;
  /** The nearest boundary still ahead, and how many more counted events fit before it. */
  next?: { boundary: Boundary; room: number };
  /** How many more counted events fit before the guarded boundary (0 once it is crossed); unknown without counts. */
  guardedRoom?: number;
}

/** The band a page names (`green_gold`, `above-standard`), or undefined for a name the rulebook lacks. */
export function statedBand(metric: Ladder, level: string | undefined): Band | undefined {
  if (level === undefined) return undefined;
  const names = metric.levelNames;
  return names?.[level.toLowerCase()];
}

export function standingOf(metric: Ladder, f: Counts, level?: string): Standing {
  const ladder = ladderOf(metric);
  const stated = statedBand(metric, level);
  // The top band's own limit matters only to a seller the page says holds that status.
  const first = metric.topBandIsStatus && stated !== metric.topBand ? 1 : 0;
  const applicable = metric.boundaries.map((b, i) => ({ b, i })).filter(({ i }) => i >= first);
  const crossed = applicable.filter(({ b }) => crosses(b, f)).map(({ i }) => i);
  const fromFigures = crossed.length ? ladder[Math.max(...crossed) + 1]! : ladder[first]!;
  const band = stated ?? fromFigures;
  const at = ladder.indexOf(band);
  const ahead = applicable
    .filter(({ b, i }) => i >= at && !crosses(b, f))
    .map(({ b }) => ({ boundary: b, room: roomBefore(b, f) }))
    .sort((x, y) => x.room - y.room);
  return {
    band,
    stated: stated !== undefined,
    limit: metric.boundaries[at],
    next: ahead[0],
    guardedRoom: roomBefore(guardedBoundary(metric), f),
  };
}

/** Only a percentage is known: the band by the rate alone, every count taken as reached (the worst case). */
export function rateOnlyStanding(metric: Ladder, rate: number, level?: string): Standing {
  const ladder = ladderOf(metric);
  const stated = statedBand(metric, level);
  const first = metric.topBandIsStatus && stated !== metric.topBand ? 1 : 0;
  const breaks = (b: Boundary) => (b.comparison === 'below' ? rate >= b.percent : rate > b.percent);
  const crossed = metric.boundaries.map((b, i) => (i >= first && breaks(b) ? i : -1)).filter((i) => i >= 0);
  const band = stated ?? (crossed.length ? ladder[Math.max(...crossed) + 1]! : ladder[first]!);
  return { band, stated: stated !== undefined, limit: metric.boundaries[ladder.indexOf(band)] };
}
