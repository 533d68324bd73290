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
  /** On lists whose rows the seller ticks: how many ticked orders could still be cancelled. */
  selected?: number;
}

export function ensureHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  let host = doc.querySelector<HTMLElement>(`[${HOST_ATTR}]`);
  if (!host) {
    host = doc.createElement('seller-guard');
    host.setAttribute(HOST_ATTR, '');
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = BANNER_CSS;
    root.append(style, doc.createElement('div'));
  }
  // Single-page apps replace whole subtrees; put the host back if it was taken out.
  if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
  return { host, root: host.shadowRoot! };
}

export function removeHost(doc: Document): void {
  doc.querySelector(`[${HOST_ATTR}]`)?.remove();
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
