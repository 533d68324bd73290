// The banner on the page: what it shows (the model the guard and the ticked rows update), where it
// sits (the seller's corner and fold, remembered per site), and giving way to the control the
// seller is using (keep-clear.ts). One banner per page, drawn into the host's shadow root.
import type { Translator } from '../i18n/format';
import { bannerTree, type BannerActions, type BannerModel } from './banner';
import { DEFAULT_PLACE, loadPlace, nextCorner, savePlace, type Place } from './banner-place';
import { replaceKeepingFocus } from './dom';
import { ensureHost, setHostLang } from './host';
import { keepClear, type Aside } from './keep-clear';

let model: Omit<BannerModel, 'collapsed'> = { state: { kind: 'reading' } };
let words: Translator | undefined;
let actions: Pick<BannerActions, 'openPopup' | 'saveReport'> = {};
let place: Place = DEFAULT_PLACE;
let placeAsked = false;
let aside: Aside | undefined;
let watched: HTMLElement | undefined;
/** What was drawn last: the same banner is not drawn again (screen readers would hear it again). */
let drawn = '';

function setFlag(host: HTMLElement, name: string, on: boolean): void {
  if (on) host.setAttribute(name, '');
  else host.removeAttribute(name);
}

/** After the seller folds or unfolds it, the focus stays on the banner's fold button. */
function draw(focusFold = false): void {
  const { host, root } = ensureHost(document);
  if (watched !== host) {
    watched = host;
    drawn = '';
    keepClear(
      document,
      host,
      () => place.corner,
      (a) => {
        aside = a;
        draw();
      },
    );
  }
  const collapsed = place.collapsed || aside?.pill === true;
  host.setAttribute('data-corner', aside?.corner ?? place.corner);
  setFlag(host, 'data-collapsed', collapsed);
  setFlag(host, 'data-aside', aside !== undefined);
  // Without its words (the background never answered) the banner stays empty; the attributes still tell.
  if (!words) return;
  setHostLang(host, words.locale);
  const on: BannerActions = { ...actions, collapse, move };
  // No ticked orders shows as no ticked lines: a tick check that found none is no change to draw.
  const shown = { ...model, ticked: model.ticked?.length ? model.ticked : undefined, collapsed };
  const signature = JSON.stringify([shown, words.locale, actions.saveReport !== undefined]);
  if (signature !== drawn) {
    drawn = signature;
    replaceKeepingFocus(root.lastElementChild!, bannerTree(shown, words, on));
  }
  if (focusFold) root.querySelector<HTMLElement>('[data-k="fold"]')?.focus();
}

function collapse(collapsed: boolean): void {
  place = { ...place, collapsed };
  aside = undefined;
  void savePlace(location.origin, place);
  draw(true);
}

function move(): void {
  place = { ...place, corner: nextCorner(place.corner) };
  aside = undefined;
  void savePlace(location.origin, place);
  draw();
}

/** The seller's corner and fold on this site, asked once; the banner is drawn in the default until then. */
function askPlace(): void {
  if (placeAsked) return;
  placeAsked = true;
  void loadPlace(location.origin).then((stored) => {
    place = stored;
    draw();
  });
}

export function showBanner(
  patch: Partial<Omit<BannerModel, 'collapsed'>>,
  with_?: { words?: Translator; actions?: Pick<BannerActions, 'openPopup' | 'saveReport'> },
): void {
  model = { ...model, ...patch };
  if (with_?.words) words = with_.words;
  if (with_?.actions) actions = with_.actions;
  askPlace();
  draw();
}

export const shownState = (): BannerModel['state'] => model.state;
