// Whether the browser lets Seller Guard see the seller sites, and asking for it from a click.
import { permissions } from '../shared/browser';

export const siteAccess = {
  /** The seller origins Seller Guard asks for (the manifest's host permissions). */
  origins: (): string[] => permissions.sellerOrigins(),
  /** Async so that a browser without the API (or the manifest call) rejects instead of throwing in a render. */
  has: async (): Promise<boolean> => permissions.contains(permissions.sellerOrigins()),
  /** Call straight from the click handler: the browser shows its prompt only for a user gesture. */
  ask: (): Promise<boolean> => permissions.request(permissions.sellerOrigins()),
};
