// Whether the browser lets Seller Guard see the seller sites, and asking for it from a click.
import { permissions } from '../shared/browser';

export const siteAccess = {
  /** The seller origins Seller Guard asks for (the manifest's host permissions). */
  origins: (): string[] => permissions.sellerOrigins(),
  has: (): Promise<boolean> => permissions.contains(permissions.sellerOrigins()),
  /** Call straight from the click handler: the browser shows its prompt only for a user gesture. */
  ask: (): Promise<boolean> => permissions.request(permissions.sellerOrigins()),
};
