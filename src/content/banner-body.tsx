// What the unfolded banner says under its title: the guard's view, why a page could not be read
// (with the layout report that helps fix it), the ticked orders, and where the figure lives.
import type { Said } from '../core/said';
import type { Translator } from '../i18n/format';
import type { GuardView } from '../messages/background-replies';
import type { BannerActions, BannerModel, ReportStatus } from './banner';

type Props = { model: BannerModel; words: Translator; on: BannerActions };

function Lines({ lines, words }: { lines: Said[]; words: Translator }) {
  return lines.length ? (
    <ul>
      {lines.map((d, i) => (
        <li key={i}>{words.say(d)}</li>
      ))}
    </ul>
  ) : null;
}

/** "Seller Guard takes the figure from <Account Health>: …": the catalogue's sentence around the link. */
function FigureLink({ link, words }: { link: NonNullable<BannerModel['figureLink']>; words: Translator }) {
  const [before, after = ''] = words.t('banner.figure-where').split('{link}');
  return (
    <p class="headline" data-figure-link>
      {before}
      <a href={link.href}>{link.page}</a>
      {after}
    </p>
  );
}

function Report({ status, words, save }: { status?: ReportStatus; words: Translator; save?: () => void }) {
  if (!save) return null;
  return (
    <>
      <p class="actions">
        <button type="button" disabled={status === 'saving'} onClick={save}>
          {words.t('banner.save-report')}
        </button>
      </p>
      <p class="note">{words.t('banner.report-what')}</p>
      {status && status !== 'saving' && (
        <p class="status" role="status" data-report={status.ok ? 'saved' : 'failed'}>
          {status.ok ? words.t('banner.report-saved', { file: status.file }) : words.t('banner.report-failed')}
        </p>
      )}
    </>
  );
}

function Answer({ view, warning, model, words, on }: Props & { view: GuardView; warning?: Said }) {
  return (
    <>
      <p class="headline">{words.say(view.headline)}</p>
      {model.figureLink && <FigureLink link={model.figureLink} words={words} />}
      <Lines lines={view.details} words={words} />
      {model.ticked && model.ticked.length > 0 && (
        <div data-ticked>
          <Lines lines={model.ticked} words={words} />
        </div>
      )}
      {warning && (
        <p class="warn" role="alert">
          {words.say(warning)}
        </p>
      )}
      {on.openPopup && (
        <p class="actions">
          <button type="button" onClick={on.openPopup}>
            {words.t('banner.open-popup')}
          </button>
        </p>
      )}
    </>
  );
}

export function BannerBody({ model, words, on }: Props) {
  const { state } = model;
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
        <>
          <p class="headline">
            {words.t('banner.failed')} {words.say(state.why)}
          </p>
          <Report status={model.report} words={words} save={on.saveReport} />
        </>
      );
    case 'no-answer':
      return (
        <p class="headline">
          {words.t('banner.failed')} {words.t('banner.no-answer')}
        </p>
      );
    case 'answered':
      return <Answer view={state.view} warning={state.warning} model={model} words={words} on={on} />;
  }
}
