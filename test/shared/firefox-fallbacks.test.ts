// What src/shared/browser.ts does where Firefox differs from Chromium: documents without ids (or
// ids it will not target) get the tab's top frame, and site access is asked, not assumed.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { permissions, scripting } from '../../src/shared/browser';

// Firefox's own words when a target property is unknown to its scripting schema.
const UNKNOWN_TARGET =
  'Type error for parameter injection (Error processing target: Unexpected property "documentIds") for scripting.executeScript.';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('injecting where documents have no usable id', () => {
  it('retries in the top frame when the browser refuses documentIds as a target', async () => {
    const executeScript = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockRejectedValueOnce(new Error(UNKNOWN_TARGET))
      .mockResolvedValue(undefined);
    await scripting.injectFile(4, 'a1b2-doc', 'src/content/guard-etsy.js');
    expect(executeScript.mock.calls.map(([details]) => details.target)).toEqual([
      { tabId: 4, documentIds: ['a1b2-doc'] },
      { tabId: 4, frameIds: [0] },
    ]);
  });

  it('does not retry elsewhere when the named document is gone (the tab moved on)', async () => {
    const executeScript = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockRejectedValue(new Error('No document with id a1b2-doc in tab 4'));
    await expect(scripting.injectFile(4, 'a1b2-doc', 'src/content/guard-etsy.js')).rejects.toThrow('No document');
    expect(executeScript).toHaveBeenCalledTimes(1);
  });
});

describe('site access', () => {
  it('asks the browser whether the origins are granted', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    expect(await permissions.contains(['https://www.etsy.com/*'])).toBe(false);
    expect(contains).toHaveBeenCalledWith({ origins: ['https://www.etsy.com/*'] });
  });
});
