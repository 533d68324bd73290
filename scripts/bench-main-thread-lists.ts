// Issue #17's main-thread figure for the lists of eBay, Mercado Libre and TikTok Shop, measured as
// Amazon's is (bench-main-thread.ts): all our script on the page's thread in a new tab, cold, and
// the page's own style, layout and paint with vs without us. "Without" is the very same page served
// at a host none of our scripts match and the extension has no access to: TikTok's scripts match
// every path of its seller centres, so a different path there would still be ours.
import { LIST as EBAY_LIST } from '../src/sites/ebay/selectors';
import { LIST } from '../src/sites/tiktok/selectors';
import { SALES } from '../src/sites/mercadolibre/selectors';
import { EBAY_BENCH_PAGES } from './bench-ebay';
import { mercadoLibreBenchPages, MERCADOLIBRE_BENCH_URLS } from './bench-mercadolibre';
import { tiktokBenchPages, TIKTOK_BENCH_URLS } from './bench-tiktok';
import type { SamplePage } from './sample-pages';

export interface MainThreadList {
  name: string;
  url: string;
  /** The same page where the extension does nothing. */
  without: string;
  /** ms: issue #17's budget, 8 from the page's own JSON, 15 from the markup alone */
  budget: number;
  /** The page's own rows, when it draws them after load from its answer: "without" waits for them. */
  drawn?: { selector: string; count: number };
  /** Every row our reader reads cell by cell (the floor under its budget touches each of their cells). */
  rows?: string;
}

const elsewhere = (url: string): string => {
  const moved = new URL(url);
  moved.hostname = `seller-guard-unmatched.${moved.hostname}`;
  return moved.href;
};

/**
 * The three platforms' 500-order lists, and the pages they need served: each list's own pages and
 * their copies at the "without" host (one routeSamplePages call must serve them all: a later call
 * takes over every URL).
 */
export function otherMainThreadLists(): { lists: (MainThreadList & { rows: string })[]; pages: SamplePage[] } {
  const own = [...EBAY_BENCH_PAGES, ...mercadoLibreBenchPages(), ...tiktokBenchPages()];
  const pages = [...own, ...own.map((p) => ({ ...p, name: `${p.name}-unmatched`, url: elsewhere(p.url) }))];
  const list = (name: string, url: string, budget: number, rows: string, drawn?: MainThreadList['drawn']) => ({
    name,
    url,
    without: elsewhere(url),
    budget,
    drawn,
    rows,
  });
  return {
    pages,
    lists: [
      list('eBay 500-row orders list, markup', EBAY_BENCH_PAGES[0]!.url, 15, EBAY_LIST.row),
      // Its answer names only ids: every field is read from the cards.
      list('Mercado Libre 500-sale list fed by its own answer', MERCADOLIBRE_BENCH_URLS.live, 8, SALES.row, {
        selector: SALES.row,
        count: 500,
      }),
      // Each order's rows (its header and its items), read to cross-check the answer.
      list(
        'TikTok 500-order list fed by its own answer',
        TIKTOK_BENCH_URLS.live,
        8,
        `${LIST.orderRow}, ${LIST.orderRow} ~ tr`,
        {
          selector: LIST.orderRow,
          count: 500,
        },
      ),
    ],
  };
}
