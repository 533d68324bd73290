import { describe, expect, it } from 'vitest';
import { readEbayMessageFrame } from '../../../src/sites/ebay/read-message-frame';
import { ebayFixture } from '../../fixtures/ebay';
import { ok, parse } from '../../helpers/fixtures';

const f = ebayFixture('message-frame');

describe('eBay message-buyer frame', () => {
  it('offers its compose box for the order its URL names, and reads nothing of the conversation', () => {
    expect(ok(readEbayMessageFrame(parse(f.html()), new URL(f.url)))).toEqual({
      ok: true,
      platform: 'ebay',
      page: 'messages',
      marketplace: 'US',
      url: f.url,
      orders: [],
      metrics: [],
      focusOrderId: '12-15259-90368',
      hasMessageBox: true,
    });
  });

  it('no box, a read-only box or two boxes to choose from: nothing to insert into', () => {
    const url = new URL('https://www.ebay.com/cnt/ViewMessage/getConversation');
    const without = f.html().replace(/<textarea[^>]*><\/textarea>/, '');
    const readonly = f.html().replace('<textarea ', '<textarea readonly ');
    const two = f.html().replace(/(<textarea[^>]*><\/textarea>)/, '$1$1');
    for (const html of [without, readonly, two])
      expect(ok(readEbayMessageFrame(parse(html), url))).toMatchObject({
        hasMessageBox: false,
        focusOrderId: undefined,
      });
  });
});
