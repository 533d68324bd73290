// A guard in eBay's message frame: it sends the frame's reading when it changes, and nothing for a
// page that does not live in frames; it mounts no banner (guard-page.tsx returns before that).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReading } from '../../src/core/types';
import type { PageType } from '../../src/sites/page-type';

const sent: unknown[] = [];
vi.mock('../../src/shared/content-runtime', () => ({
  contentRuntime: { send: async (m: unknown) => void sent.push(m) },
}));
const { inFrame, reportFromFrame } = await import('../../src/content/frame-report');

const type = (inFrames?: true): PageType => ({
  platform: 'ebay',
  page: 'messages',
  detect: () => true,
  marketplace: () => 'US',
  read: () => reading(true),
  inFrames,
});
const reading = (hasMessageBox: boolean): PageReading => ({
  ok: true,
  platform: 'ebay',
  marketplace: 'US',
  page: 'messages',
  url: 'https://www.ebay.com/cnt/ViewMessage/getConversation?orderId=12-15259-90368',
  focusOrderId: '12-15259-90368',
  hasMessageBox,
  orders: [],
  metrics: [],
});

describe('a guard in a frame', () => {
  beforeEach(() => {
    sent.length = 0;
  });

  it('reports the frame reading once per change', () => {
    reportFromFrame(type(true), reading(true));
    reportFromFrame(type(true), reading(true));
    reportFromFrame(type(true), reading(false));
    expect(sent).toEqual([
      { type: 'cs/page-reading', reading: reading(true) },
      { type: 'cs/page-reading', reading: reading(false) },
    ]);
  });

  it('says nothing for a page type that does not live in frames, or a page it could not read', () => {
    reportFromFrame(type(), reading(true));
    const failed: PageReading = { ...reading(true), ok: false, code: 'layout-unknown', reason: 'x' };
    reportFromFrame(type(true), failed);
    expect(sent).toEqual([]);
  });

  it('knows a top document from a frame', () => {
    expect(inFrame(window)).toBe(false);
    expect(inFrame({ top: {} } as unknown as Window)).toBe(true);
  });
});
