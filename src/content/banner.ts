// The in-page guard: calm, small, in a corner the seller picks, folded to a pill that still shows the
// level and the rate when the seller wants the page. Every page-derived string is rendered as text.
// Its words come from the catalogue entries the background sent, in the banner's language; what it
// says is core's codes (the view) worded by them. Its state lives in banner-mount.ts.
import type { Said } from '../core/said';
import type { Translator } from '../i18n/format';
import type { GuardView } from '../messages/background-replies';
import { bannerBody } from './banner-body';
import { h } from './dom';

export type BannerState =
  | { kind: 'reading' }
  | { kind: 'failed'; why: Said }
  | { kind: 'not-saved'; full: boolean }
  | { kind: 'no-answer' }
  | { kind: 'answered'; view: GuardView; warning?: Said };

export type ReportStatus = 'saving' | { ok: true; file: string } | { ok: false };

export interface BannerModel {
  state: BannerState;
  /** Folded to the pill (the seller's choice, or giving way to a page control). */
  collapsed: boolean;
  /** What cancelling the ticked orders would do, worded by core (order lists). */
  ticked?: Said[];
  /** Where the platform shows the figure, while none has been read (a checked, same-site link). */
  figureLink?: { href: string; page: string };
  report?: ReportStatus;
}

export interface BannerActions {
  collapse: (collapsed: boolean) => void;
  move: () => void;
  openPopup?: () => void;
  saveReport?: () => void;
}

const levelOf = (state: BannerState) => (state.kind === 'answered' ? state.view.level : 'unknown');

function pill(model: BannerModel, words: Translator, on: BannerActions): HTMLElement {
  const level = levelOf(model.state);
  const rate = model.state.kind === 'answered' ? model.state.view.ratePercent : undefined;
  const unfold = h(
    'button',
    {
      type: 'button',
      'aria-expanded': 'false',
      title: words.t('banner.expand'),
      'data-k': 'fold',
      onclick: () => on.collapse(false),
    },
    h('span', { class: 'brand' }, words.t('extName')),
    h('span', { class: 'level' }, words.t(`level.${level}`)),
    rate !== undefined && h('span', null, words.percent(rate)),
  );
  return h(
    'section',
    { class: 'sg pill', 'data-level': level, role: 'status', 'aria-label': words.t('extName') },
    unfold,
  );
}

export function bannerTree(model: BannerModel, words: Translator, on: BannerActions): HTMLElement {
  if (model.collapsed) return pill(model, words, on);
  const { state } = model;
  const top = h(
    'div',
    { class: 'top' },
    h('span', { class: 'brand' }, words.t('extName')),
    state.kind === 'answered' && h('span', { class: 'level' }, words.t(`level.${state.view.level}`)),
    h(
      'button',
      { type: 'button', 'aria-label': words.t('banner.move-label'), 'data-k': 'move', onclick: on.move },
      words.t('banner.move'),
    ),
    h(
      'button',
      { type: 'button', 'aria-expanded': 'true', 'data-k': 'fold', onclick: () => on.collapse(true) },
      words.t('banner.collapse'),
    ),
  );
  return h(
    'section',
    {
      class: 'sg',
      'data-level': levelOf(state),
      role: 'status',
      'aria-live': 'polite',
      'aria-label': words.t('extName'),
    },
    top,
    bannerBody(model, words, on),
  );
}
