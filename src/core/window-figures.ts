// The guard's figures over one window, as rate-window.ts computes them and the banner and the
// advisor read them.
import type { Ladder } from './rulebooks';
import type { Said } from './said';
import type { Standing } from './standing';
import type { Level } from './types';

export interface WindowFigures<M extends Ladder = Ladder> {
  level: Level;
  /** Why the level is `unknown` or `none`, or what the figures lack. */
  reason?: Said;
  metric?: M;
  /** The guarded boundary's limit. */
  thresholdPercent?: number;
  windowDays?: number;
  ratePercent?: number;
  counted?: number;
  total?: number;
  /** Counted events from different buyers (eBay); `counted` elsewhere. */
  uniques?: number;
  /** eBay's count of different buyers was not known: each defect is taken as a different buyer. */
  uniquesAssumed?: boolean;
  standing?: Standing;
  basis?: 'platform' | 'platform+observed' | 'observed';
  /** How many more counted events fit before the guarded boundary. */
  headroom?: number;
  /** What one counted cancellation adds, in percent: 3.33 with 30 orders. */
  oneCancellationPercent?: number;
  /** When the oldest counted cancellation we know of leaves the window. */
  nextReliefAt?: number;
  /** Set when a single cancellation alone crosses the guarded boundary. */
  smallShop?: boolean;
  /** When the platform figure was read: orders placed before it are inside its total. */
  snapshotReadAt?: number;
  /** Ids of the orders the extension added to the denominator, for projections. */
  knownOrderIds: ReadonlySet<string>;
}

/** The windows the guard computes for a metric: the main one first. */
export interface Windows {
  main: number;
  all: number[];
}
