// The one host element of the test contract (design.md §3), with its UI in an open shadow root.
// `all: initial` on :host stops the page's inherited styles (fonts, colours) at the boundary.
import type { Level } from '../core/types';
import { BANNER_CSS } from './banner-css';

export const HOST_ATTR = 'data-seller-guard';

export interface HostAttributes {
  platform: string;
  page: string;
  level: Level;
  read: 'ok' | 'failed' | 'pending';
  rate?: number;
  projectedRate?: number;
  orderId?: string;
  /** On lists the seller ticks: how many ticked orders could be cancelled. */
  selected?: number;
}

/**
 * The host this script made in each document. One guard runs per document (run-guard.ts), so it
 * knows its host without asking the page: an attribute query scans every element of a 500-row list.
 */
const hosts = new WeakMap<Document, HTMLElement>();

/** Ours, as made (possibly taken out of the page by a re-render), or undefined before the first. */
function knownHost(doc: Document): HTMLElement | undefined {
  const made = hosts.get(doc);
  if (made) return made;
  // A host this module did not make (markup saved with one in it): found by its tag, whose lookup is
  // a fast path, and held to the contract's attribute.
  for (const el of doc.getElementsByTagName('seller-guard')) if (el.hasAttribute(HOST_ATTR)) return el as HTMLElement;
  return undefined;
}

/** Whether our host is in the page now. */
export const hostShown = (doc: Document): boolean => knownHost(doc)?.isConnected === true;

export function ensureHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  let host = knownHost(doc);
  if (!host) {
    host = doc.createElement('seller-guard');
    host.setAttribute(HOST_ATTR, '');
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = BANNER_CSS;
    root.append(style, doc.createElement('div'));
  }
  hosts.set(doc, host);
  // Single-page apps replace whole subtrees; put the host back if it was taken out.
  if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
  return { host, root: host.shadowRoot! };
}

export function removeHost(doc: Document): void {
  knownHost(doc)?.remove();
  hosts.delete(doc);
}

function setOrRemove(el: HTMLElement, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** The banner's language (BCP 47): part of the test contract, and what screen readers pronounce it as. */
export function setHostLang(host: HTMLElement, lang: string): void {
  setOrRemove(host, 'data-lang', lang);
  setOrRemove(host, 'lang', lang);
}

export function setHostAttributes(host: HTMLElement, a: HostAttributes): void {
  setOrRemove(host, 'data-platform', a.platform);
  setOrRemove(host, 'data-page', a.page);
  setOrRemove(host, 'data-level', a.level);
  setOrRemove(host, 'data-read', a.read === 'pending' ? undefined : a.read);
  setOrRemove(host, 'data-rate', a.rate?.toString());
  setOrRemove(host, 'data-projected-rate', a.projectedRate?.toString());
  setOrRemove(host, 'data-order-id', a.orderId);
  setOrRemove(host, 'data-selected', a.selected?.toString());
}
