// The layout report keeps how a page is built and drops who bought what: no buyer name, address,
// order id, e-mail or any other text, number or attribute value of the page survives shaping, while
// the tags, ids, classes, data-* names and our own dictionary words stay where they were.
import { describe, expect, it } from 'vitest';
import { knownWords } from '../../src/content/layout-report/known-words';
import { layoutReport, reportFileName, type FailedPage } from '../../src/content/layout-report/report';
import { shapeOnly, shapeText, shapeUrl } from '../../src/content/layout-report/shape';
import { regexPhrases, vocabularyFrom } from '../../src/content/layout-report/vocabulary';
import { QUANTITY_LABEL, SUBTOTAL_LABEL } from '../../src/sites/amazon/labels';
import { readAmazonOrderList } from '../../src/sites/amazon/read-order-list';
import { fixtureHtml, parse } from '../helpers/fixtures';

const words = knownWords();
const URL_OF_PAGE = 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232';
const FAILED: FailedPage = {
  platform: 'amazon',
  page: 'order-detail',
  marketplace: 'US',
  code: 'layout-unknown',
  reason: 'page shows order 114-3941689-8772232, URL names 114-3941689-8772299',
};

/** Everything a buyer or an order could give away, placed where pages put such things. */
const SECRETS = [
  'Margaret',
  'Holloway',
  '742 Evergreen Terrace',
  'Springfield',
  '90210',
  '114-3941689-8772232',
  'margaret.holloway@example.com',
  '+1 555 0142',
  'Large-print wall calendar',
  'B0C1X2Y3Z4',
  '$14.99',
  'Please ship before Tuesday',
  'myshop-margaret',
];

const HOSTILE = `<!doctype html><html lang="en-US"><head><title>Order 114-3941689-8772232 – Margaret Holloway</title>
<meta name="description" content="Margaret Holloway 742 Evergreen Terrace">
<script type="application/json" id="state">{"orderId":"114-3941689-8772232","buyer":{"name":"Margaret Holloway","email":"margaret.holloway@example.com"},"total":14.99,"paid":true}</script>
<script>window.secret = "Margaret Holloway"; track("114-3941689-8772232");</script>
<style>.x::after { content: "Margaret" }</style></head>
<body><div id="order-114-3941689-8772232" class="myo-order row-90210" data-test-id="order-id-value" data-buyer="Margaret Holloway" data-order-id="114-3941689-8772232">
<span class="main-status">Unshipped</span>
<a href="https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232?orderID=114-3941689-8772232#Margaret" title="Margaret Holloway" data-test-id="buyer-name-with-link">Margaret Holloway</a>
<a href="mailto:margaret.holloway@example.com">margaret.holloway@example.com</a>
<a href="https://myshop-margaret.example.com/springfield/742?who=Margaret">her shop</a>
<img src="https://images.example.com/u/Margaret/90210.jpg" alt="Margaret Holloway, 742 Evergreen Terrace">
<input type="text" value="+1 555 0142" placeholder="Margaret Holloway" aria-label="742 Evergreen Terrace, Springfield 90210" name="phone-90210">
<input type="checkbox" onclick="steal('Margaret')" style="color: red; display: none">
<kat-alert label="Margaret Holloway asked to cancel" description="Please ship before Tuesday"></kat-alert>
<p data-seller-guard-flag="duplicate">Possible duplicate: Margaret Holloway</p>
<!-- Margaret Holloway, 742 Evergreen Terrace -->
<div data-test-id="shipping-section-buyer-address"><span>Margaret Holloway</span><span>742 Evergreen Terrace</span><span>Springfield, IL 90210</span></div>
<p>Large-print wall calendar 2027 · ASIN: B0C1X2Y3Z4 · Quantity: 1 · Item subtotal: $14.99</p>
<textarea>Please ship before Tuesday. Thanks, Margaret 🌸</textarea>
</div></body></html>`;

function hostileReport() {
  const doc = parse(HOSTILE);
  const banner = doc.createElement('seller-guard');
  banner.setAttribute('data-seller-guard', '');
  banner.textContent = 'Seller Guard: Margaret Holloway';
  doc.body.append(banner);
  const shadowed = doc.createElement('kat-box');
  shadowed.attachShadow({ mode: 'open' }).innerHTML = '<b class="inside">Margaret Holloway 90210</b>';
  doc.body.append(shadowed);
  (doc.querySelector('input[type="checkbox"]') as HTMLInputElement).checked = true;
  Object.defineProperty(doc, 'location', { value: new URL(URL_OF_PAGE) });
  return layoutReport(doc, FAILED, words, { extensionVersion: '0.1.0', now: Date.UTC(2026, 11, 1, 15) });
}

describe('shaping text', () => {
  it('letters become x, digits 9; spaces, punctuation, currency and percent stay; pictures become *', () => {
    expect(shapeOnly('Margaret Holloway, 742 Evergreen')).toBe('xxxxxxxx xxxxxxxx, 999 xxxxxxxxx');
    expect(shapeOnly('$14.99 · 1,92 % · ¥1200')).toBe('$99.99 · 9,99 % · ¥9999');
    expect(shapeOnly('山田 太郎 ١٢٣ José 🌸')).toBe('xx xx 999 xxxx *');
  });

  it("keeps our dictionaries' words where they stand as words, and shapes the rest", () => {
    expect(shapeText('Quantity: 2', words)).toBe('Quantity: 9');
    expect(shapeText('Unshipped', words)).toBe('Unshipped');
    expect(shapeText('Stornorate vor Versand 1,92 %', words)).toBe('Stornorate vor Versand 9,99 %');
    expect(shapeText('出荷前キャンセル率 1.92%', words)).toBe('出荷前キャンセル率 9.99%');
    // A dictionary word glued inside a longer one is not that word.
    expect(shapeText('Quantityx Margaret', words)).toBe('xxxxxxxxx xxxxxxxx');
  });

  it('reduces URLs to their shape: own or platform origin, known path words, query names', () => {
    expect(shapeUrl('/orders-v3/order/114-3941689-8772232?orderID=114&x=Margaret#frag', URL_OF_PAGE, words)).toBe(
      'https://sellercentral.amazon.com/orders-v3/order/999-9999999-9999999?orderID=999&x=xxxxxxxx',
    );
    expect(shapeUrl('https://margaret-holloway.example.com/about/Margaret', URL_OF_PAGE, words)).toBe(
      'https://xxxxxxxx-xxxxxxxx.xxxxxxx.xxx/xxxxx/xxxxxxxx',
    );
    expect(shapeUrl('javascript:alert(document.cookie)', URL_OF_PAGE, words)).toBe('javascript:');
    expect(shapeUrl('mailto:margaret@example.com', URL_OF_PAGE, words)).toBe('mailto:');
  });

  it('extracts the wording of label patterns', () => {
    expect(regexPhrases(QUANTITY_LABEL)).toContain('menge');
    expect(regexPhrases(QUANTITY_LABEL).at(-1)).toBe('数量');
    expect(regexPhrases(SUBTOTAL_LABEL)).toContain('item subtotal');
    expect(regexPhrases(/motivo (?:della )?cancellazione|キャンセル理由\s*[:：]\s*(.+)/)).toEqual([
      'motivo della cancellazione',
      'キャンセル理由',
    ]);
  });

  it('keeps only phrases worth keeping: no one- or two-letter Latin words', () => {
    const v = vocabularyFrom({ labels: ['de', 'la', 'Menge', '数量'], selectors: [], urls: [] });
    expect(v.phrases.sort()).toEqual(['menge', '数量']);
  });
});

describe('a layout report of a page full of buyer data', () => {
  const report = hostileReport();
  const all = JSON.stringify(report);

  it('holds no buyer name, address, order id, e-mail, phone, item or note, in any form', () => {
    for (const secret of SECRETS) expect(all.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    for (const word of ['margaret', 'holloway', 'evergreen', 'springfield', 'tuesday', 'example'])
      expect(all.toLowerCase()).not.toContain(word);
  });

  it('has no digit of the page left but 9 (our own path word orders-v3 aside)', () => {
    expect(report.html.replaceAll('/orders-v3/', '/')).not.toMatch(/[0-8]/);
    expect(report.reason).toBe('page shows order 999-9999999-9999999, URL names 999-9999999-9999999');
    expect(report.url).toBe('https://sellercentral.amazon.com/orders-v3/order/999-9999999-9999999');
  });

  it('drops scripts that are code, comments, styles, event handlers and our own banner and marks', () => {
    expect(report.html).not.toContain('window.secret');
    expect(report.html).toContain('<script>/* script removed; assigns xxxxxx.xxxxxx */</script>');
    expect(report.html).not.toContain('<!--');
    expect(report.html).not.toContain('<style');
    expect(report.html).not.toContain('onclick');
    expect(report.html).not.toContain('data-seller-guard');
  });

  it('keeps the structure: tags, ids and classes (digits as 9), data-* names, our selector values', () => {
    const doc = parse(report.html);
    const order = doc.querySelector('#order-999-9999999-9999999.myo-order.row-99999')!;
    expect(order.getAttribute('data-test-id')).toBe('order-id-value');
    expect(order.getAttribute('data-buyer')).toBe('xxxxxxxx xxxxxxxx');
    expect(doc.querySelector('.main-status')!.textContent).toBe('Unshipped');
    expect(doc.querySelector('[data-test-id="buyer-name-with-link"]')!.getAttribute('title')).toBe('xxxxxxxx xxxxxxxx');
    expect(doc.querySelector('input[type="checkbox"]')!.hasAttribute('checked')).toBe(true);
    expect(doc.querySelector('input[type="checkbox"]')!.getAttribute('style')).toBe('display:none');
    expect(doc.querySelector('p')!.textContent).toMatch(
      /^xxxxx-xxxxx xxxx xxxxxxxx 9999 · ASIN: x9x9x9x9x9 · Quantity: 9 · Item subtotal: \$99\.99$/,
    );
  });

  it('keeps embedded JSON state as JSON: its keys, with every value shaped', () => {
    const doc = parse(report.html);
    expect(JSON.parse(doc.querySelector('script#state')!.textContent)).toEqual({
      orderId: '999-9999999-9999999',
      buyer: { name: 'xxxxxxxx xxxxxxxx', email: 'xxxxxxxx.xxxxxxxx@xxxxxxx.xxx' },
      total: 99.99,
      paid: true,
    });
  });

  it('keeps open shadow roots as declarative ones, shaped the same way', () => {
    expect(report.html).toContain(
      '<kat-box><template shadowrootmode="open"><b class="inside">xxxxxxxx xxxxxxxx 99999</b>',
    );
  });

  it('says which page it is and what the reader said, and names its file without page data', () => {
    expect(report).toMatchObject({
      format: 'seller-guard-layout-report',
      version: 1,
      platform: 'amazon',
      page: 'order-detail',
      marketplace: 'US',
      code: 'layout-unknown',
      savedOn: '2026-12-01',
      lang: 'en-US',
    });
    expect(reportFileName(report)).toBe('seller-guard-layout-amazon-order-detail-2026-12-01.json');
  });
});

describe('a report is a fixture a reader can work on', () => {
  it('the Manage Orders list, shaped: the reader still finds every row and its status', () => {
    const doc = parse(fixtureHtml('amazon/order-list-en.html'));
    Object.defineProperty(doc, 'location', { value: new URL('https://sellercentral.amazon.com/orders-v3') });
    const report = layoutReport(doc, { ...FAILED, page: 'order-list' }, words, { extensionVersion: '0', now: 0 });
    const reading = readAmazonOrderList(parse(report.html), new URL('https://sellercentral.amazon.com/orders-v3'));
    expect(reading.ok && reading.orders.map((o) => [o.id, o.status, o.buyerName])).toEqual([
      ['999-9999999-9999999', 'unshipped', 'xxxxxxxx xxxxxxxx'],
      ['999-9999999-9999999', 'unshipped', expect.stringMatching(/^x+ x+$/)],
      ['999-9999999-9999999', 'shipped', expect.stringMatching(/x/)],
      ['999-9999999-9999999', 'cancelled', expect.stringMatching(/x/)],
    ]);
  });
});
