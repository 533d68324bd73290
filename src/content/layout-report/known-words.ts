// Everything our readers look for, for the layout report to keep where it occurs: each platform's
// label dictionaries and status words, its selectors' attribute values, and its detectors' URLs.
// The report script is injected only when a seller asks for a report, so it may carry them all.
// A platform whose reader joins later adds its dictionaries here.
import * as aeLabels from '../../sites/aliexpress/labels';
import * as aeSelectors from '../../sites/aliexpress/selectors';
import * as amazonHealth from '../../sites/amazon/health-labels';
import * as amazonLabels from '../../sites/amazon/labels';
import * as amazonSelectors from '../../sites/amazon/selectors';
import { STATE_WORDS as etsyStates } from '../../sites/etsy/orders-from-state';
import * as etsySelectors from '../../sites/etsy/selectors';
import { NONE_LINE, WINDOW_LINE } from '../../sites/figure-words';
import { OTHER_URLS, PAGE_URLS } from '../../sites/page-urls';
import { vocabularyFrom, type Vocabulary } from './vocabulary';

export function knownWords(): Vocabulary {
  return vocabularyFrom({
    labels: [amazonLabels, amazonHealth, aeLabels, etsyStates, WINDOW_LINE, NONE_LINE],
    selectors: [amazonSelectors, aeSelectors, etsySelectors],
    urls: [...Object.values(PAGE_URLS).flat(), ...OTHER_URLS],
  });
}
