// The in-page guard: calm, small, in a corner; every page-derived string rendered as text. Its words
// come from the catalogue entries the background sent, in the banner's language; what it says is
// core's codes (the view) worded by them.
// A class component: preact/hooks would add about 1 KB gzipped to a script that loads on every page.
import { Component } from 'preact';
import type { Said } from '../core/said';
import type { Translator } from '../i18n/format';
import type { GuardView } from '../messages/background-replies';

export type BannerState =
  | { kind: 'reading' }
  | { kind: 'failed'; why: Said }
  | { kind: 'not-saved'; full: boolean }
  | { kind: 'no-answer' }
  | { kind: 'answered'; view: GuardView; warning?: Said; ticked?: Said };

interface BannerProps {
  state: BannerState;
  words: Translator;
  onOpenPopup?: () => void;
}

export class Banner extends Component<BannerProps, { collapsed: boolean }> {
  override state = { collapsed: false };

  override render({ state, words, onOpenPopup }: BannerProps) {
    const { collapsed } = this.state;
    const level = state.kind === 'answered' ? state.view.level : 'unknown';
    return (
      <section class="sg" data-level={level} role="status" aria-live="polite" aria-label={words.t('extName')}>
        <div class="top">
          <span class="brand">{words.t('extName')}</span>
          {state.kind === 'answered' && <span class="level">{words.t(`level.${state.view.level}`)}</span>}
          <button
            type="button"
            class="hide"
            aria-expanded={!collapsed}
            onClick={() => this.setState({ collapsed: !collapsed })}
          >
            {words.t(collapsed ? 'banner.show' : 'banner.hide')}
          </button>
        </div>
        {!collapsed && <Body state={state} words={words} />}
        {!collapsed && state.kind === 'answered' && onOpenPopup && (
          <p class="actions">
            <button type="button" onClick={onOpenPopup}>
              {words.t('banner.open-popup')}
            </button>
          </p>
        )}
      </section>
    );
  }
}

function Body({ state, words }: { state: BannerState; words: Translator }) {
  switch (state.kind) {
    case 'reading':
      return <p class="headline">{words.t('banner.reading')}</p>;
    case 'not-saved':
      return (
        <p class="warn" role="alert">
          {words.t('banner.not-saved')} {words.t(state.full ? 'storage.full' : 'storage.failed')}
        </p>
      );
    case 'failed':
      return (
        <p class="headline">
          {words.t('banner.failed')} {words.say(state.why)}
        </p>
      );
    case 'no-answer':
      return (
        <p class="headline">
          {words.t('banner.failed')} {words.t('banner.no-answer')}
        </p>
      );
    case 'answered':
      return <Answer view={state.view} warning={state.warning} ticked={state.ticked} words={words} />;
  }
}

function Answer({
  view,
  warning,
  ticked,
  words,
}: {
  view: GuardView;
  warning?: Said;
  ticked?: Said;
  words: Translator;
}) {
  return (
    <>
      <p class="headline">{words.say(view.headline)}</p>
      {ticked && <p class="ticked">{words.say(ticked)}</p>}
      {view.details.length > 0 && (
        <ul>
          {view.details.map((d, i) => (
            <li key={i}>{words.say(d)}</li>
          ))}
        </ul>
      )}
      {warning && (
        <p class="warn" role="alert">
          {words.say(warning)}
        </p>
      )}
    </>
  );
}
