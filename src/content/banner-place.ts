// Where the banner sits on a site, and whether it is folded to its pill: the seller's choice,
// remembered per site (origin) in the extension's own storage.
import { contentStorage } from '../shared/content-runtime';

export const CORNERS = ['br', 'bl', 'tl', 'tr'] as const;
export type Corner = (typeof CORNERS)[number];

export interface Place {
  corner: Corner;
  collapsed: boolean;
}

export const DEFAULT_PLACE: Place = { corner: 'br', collapsed: false };

/** The next corner clockwise from the bottom right: bottom left, top left, top right. */
export const nextCorner = (corner: Corner): Corner => CORNERS[(CORNERS.indexOf(corner) + 1) % CORNERS.length]!;

const keyFor = (origin: string) => `banner-place:${origin}`;

/** What was stored, checked field by field: anything else falls back to the default. */
export function asPlace(value: unknown): Place {
  const v = (value ?? {}) as Partial<Record<keyof Place, unknown>>;
  return {
    corner: CORNERS.includes(v.corner as Corner) ? (v.corner as Corner) : DEFAULT_PLACE.corner,
    collapsed: typeof v.collapsed === 'boolean' ? v.collapsed : DEFAULT_PLACE.collapsed,
  };
}

export async function loadPlace(origin: string): Promise<Place> {
  try {
    return asPlace(await contentStorage.get(keyFor(origin)));
  } catch {
    return DEFAULT_PLACE;
  }
}

export function savePlace(origin: string, place: Place): Promise<void> {
  return contentStorage.set(keyFor(origin), place).catch(() => undefined);
}
