// The in-page guard: calm, small, in a corner; every page-derived string rendered as text.
// A class component: preact/hooks would add about 1 KB gzipped to a script that loads on every page.
import { Component } from 'preact';
import type { GuardView } from '../messages/background-replies';

export type BannerState =
  | { kind: 'reading' }
  | { kind: 'failed'; detail?: string }
  | { kind: 'not-saved'; message: string }
  | { kind: 'answered'; view: GuardView; warning?: string };

const LEVEL_WORDS = {
  ok: 'OK',
  near: 'Close to the limit',
  over: 'Over the limit',
  unknown: 'No figure yet',
  none: 'No cancellation limit',
} as const;

interface BannerProps {
  state: BannerState;
  onOpenPopup?: () => void;
}

export class Banner extends Component<BannerProps, { collapsed: boolean }> {
  override state = { collapsed: false };

  override render({ state, onOpenPopup }: BannerProps) {
    const { collapsed } = this.state;
    const level = state.kind === 'answered' ? state.view.level : 'unknown';
    return (
      <section class="sg" data-level={level} role="status" aria-live="polite" aria-label="Seller Guard">
        <div class="top">
          <span class="brand">Seller Guard</span>
          {state.kind === 'answered' && <span class="level">{LEVEL_WORDS[state.view.level]}</span>}
          <button
            type="button"
            class="hide"
            aria-expanded={!collapsed}
            onClick={() => this.setState({ collapsed: !collapsed })}
          >
            {collapsed ? 'Show' : 'Hide'}
          </button>
        </div>
        {!collapsed && <Body state={state} />}
        {!collapsed && state.kind === 'answered' && onOpenPopup && (
          <p class="actions">
            <button type="button" onClick={onOpenPopup}>
              Replies &amp; actions…
            </button>
          </p>
        )}
      </section>
    );
  }
}

function Body({ state }: { state: BannerState }) {
  if (state.kind === 'reading') return <p class="headline">Reading this page…</p>;
  if (state.kind === 'not-saved') {
    return (
      <p class="warn" role="alert">
        Seller Guard read this page but could not keep it, so it shows no figures. {state.message}
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <p class="headline">
        Seller Guard couldn't read this page, so it shows no numbers here.{state.detail ? ` ${state.detail}` : ''}
      </p>
    );
  }
  const { view, warning } = state;
  return (
    <>
      <p class="headline">{view.headline}</p>
      {view.details.length > 0 && (
        <ul>
          {view.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      {warning && (
        <p class="warn" role="alert">
          {warning}
        </p>
      )}
    </>
  );
}
