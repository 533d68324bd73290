// Who may talk to the background: our extension pages, our content scripts on seller pages.
import { describe, expect, it } from 'vitest';
import { senderTier } from '../../src/background/sender';
import { CTX, contentSender, popupSender } from './router-fixture';

describe('sender tiers', () => {
  it('extension pages, content scripts on seller pages, nobody else', () => {
    expect(senderTier(popupSender, CTX)).toBe('extension-page');
    expect(senderTier(contentSender, CTX)).toBe('content');
    // Any page of a seller site: after pushState, Chromium still reports the URL the document loaded with.
    expect(senderTier({ ...contentSender, url: 'https://www.etsy.com/your/shops/me/dashboard' }, CTX)).toBe('content');
    expect(senderTier({ ...contentSender, id: 'other-extension' }, CTX)).toBeUndefined();
    expect(senderTier({ ...contentSender, url: 'https://evil.example/orders-v3' }, CTX)).toBeUndefined();
    expect(senderTier({ ...contentSender, frameId: undefined }, CTX)).toBeUndefined();
    expect(senderTier({ ...contentSender, tab: undefined }, CTX)).toBeUndefined();
    expect(senderTier({ id: CTX.extensionId }, CTX)).toBeUndefined();
  });
});
