// The in-page guard: calm, small, in a corner the seller picks, folded to a pill that still shows the
// level and the rate when the seller wants the page. Every page-derived string is rendered as text.
// Its words come from the catalogue entries the background sent, in the banner's language; what it
// says is core's codes (the view) worded by them. No hooks: preact/hooks would add about 1 KB
// gzipped to a script that loads on every page; its state lives in banner-mount.tsx.
import type { Said } from '../core/said';
import type { Translator } from '../i18n/format';
import type { GuardView } from '../messages/background-replies';
import { BannerBody } from './banner-body';

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

function Pill({ model, words, on }: { model: BannerModel; words: Translator; on: BannerActions }) {
  const rate = model.state.kind === 'answered' ? model.state.view.ratePercent : undefined;
  return (
    <section class="sg pill" data-level={levelOf(model.state)} role="status" aria-label={words.t('extName')}>
      <button type="button" aria-expanded="false" title={words.t('banner.expand')} onClick={() => on.collapse(false)}>
        <span class="brand">{words.t('extName')}</span>
        <span class="level">{words.t(`level.${levelOf(model.state)}`)}</span>
        {rate !== undefined && <span>{words.percent(rate)}</span>}
      </button>
    </section>
  );
}

export function Banner({ model, words, on }: { model: BannerModel; words: Translator; on: BannerActions }) {
  if (model.collapsed) return <Pill model={model} words={words} on={on} />;
  const { state } = model;
  return (
    <section class="sg" data-level={levelOf(state)} role="status" aria-live="polite" aria-label={words.t('extName')}>
      <div class="top">
        <span class="brand">{words.t('extName')}</span>
        {state.kind === 'answered' && <span class="level">{words.t(`level.${state.view.level}`)}</span>}
        <button type="button" aria-label={words.t('banner.move-label')} onClick={on.move}>
          {words.t('banner.move')}
        </button>
        <button type="button" aria-expanded="true" onClick={() => on.collapse(true)}>
          {words.t('banner.collapse')}
        </button>
      </div>
      <BannerBody model={model} words={words} on={on} />
    </section>
  );
}
