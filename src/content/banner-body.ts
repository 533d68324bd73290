// What the unfolded banner says under its title: the guard's view, why a page could not be read
// (with the layout report that helps fix it), the ticked orders, and where the figure lives.
import type { Said } from '../core/said';
import type { Translator } from '../i18n/format';
import type { GuardView } from '../messages/background-replies';
import type { BannerActions, BannerModel, ReportStatus } from './banner';
import { h, type Child } from './dom';

const lines = (said: Said[], words: Translator): Child =>
  said.length > 0 &&
  h(
    'ul',
    null,
    said.map((d) => h('li', null, words.say(d))),
  );

/** "Seller Guard takes the figure from <Account Health>: …": the catalogue's sentence around the link. */
function figureLink(link: NonNullable<BannerModel['figureLink']>, words: Translator): HTMLElement {
  const [before = '', after = ''] = words.t('banner.figure-where').split('{link}');
  return h('p', { class: 'headline', 'data-figure-link': true }, before, h('a', { href: link.href }, link.page), after);
}

function report(status: ReportStatus | undefined, words: Translator, save: () => void): Child[] {
  const done = status && status !== 'saving' ? status : undefined;
  return [
    h(
      'p',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', disabled: status === 'saving', 'data-k': 'report', onclick: save },
        words.t('banner.save-report'),
      ),
    ),
    h('p', { class: 'note' }, words.t('banner.report-what')),
    done &&
      h(
        'p',
        { class: 'status', role: 'status', 'data-report': done.ok ? 'saved' : 'failed' },
        done.ok ? words.t('banner.report-saved', { file: done.file }) : words.t('banner.report-failed'),
      ),
  ];
}

function answer(view: GuardView, warning: Said | undefined, model: BannerModel, words: Translator, on: BannerActions) {
  return [
    h('p', { class: 'headline' }, words.say(view.headline)),
    model.figureLink && figureLink(model.figureLink, words),
    lines(view.details, words),
    model.ticked && model.ticked.length > 0 && h('div', { 'data-ticked': true }, lines(model.ticked, words)),
    warning && h('p', { class: 'warn', role: 'alert' }, words.say(warning)),
    on.openPopup &&
      h(
        'p',
        { class: 'actions' },
        h('button', { type: 'button', 'data-k': 'popup', onclick: on.openPopup }, words.t('banner.open-popup')),
      ),
  ];
}

export function bannerBody(model: BannerModel, words: Translator, on: BannerActions): Child {
  const { state } = model;
  switch (state.kind) {
    case 'reading':
      return h('p', { class: 'headline' }, words.t('banner.reading'));
    case 'not-saved':
      return h(
        'p',
        { class: 'warn', role: 'alert' },
        `${words.t('banner.not-saved')} ${words.t(state.full ? 'storage.full' : 'storage.failed')}`,
      );
    case 'failed':
      return [
        h('p', { class: 'headline' }, `${words.t('banner.failed')} ${words.say(state.why)}`),
        on.saveReport && report(model.report, words, on.saveReport),
      ];
    case 'no-answer':
      return h('p', { class: 'headline' }, `${words.t('banner.failed')} ${words.t('banner.no-answer')}`);
    case 'answered':
      return answer(state.view, state.warning, model, words, on);
  }
}
