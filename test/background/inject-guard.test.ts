// The background's one use of scripting: our own guard file, into the very document that asked.
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { scripting } from '../../src/shared/browser';
import { GUARD_SCRIPTS } from '../../src/shared/guard-script';

describe('injecting the guard', () => {
  it('targets the document by its id, and only the top frame when the browser names no document', async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined);
    await scripting.injectFile(7, 'DOC-1', GUARD_SCRIPTS.amazon.file);
    await scripting.injectFile(8, undefined, GUARD_SCRIPTS.etsy.file);
    expect(executeScript.mock.calls).toEqual([
      [{ target: { tabId: 7, documentIds: ['DOC-1'] }, files: ['src/content/guard-amazon.js'] }],
      [{ target: { tabId: 8, frameIds: [0] }, files: ['src/content/guard-etsy.js'] }],
    ]);
  });

  it("a frame that asked (eBay's message frame) is the target when the browser names no document", async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined);
    await scripting.injectFile(9, undefined, GUARD_SCRIPTS.ebay.file, 4);
    expect(executeScript).toHaveBeenLastCalledWith({
      target: { tabId: 9, frameIds: [4] },
      files: ['src/content/guard-ebay.js'],
    });
  });

  it('a refusal from the browser reaches the caller (the router answers it as a refusal)', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('No document with id DOC-9'));
    await expect(scripting.injectFile(7, 'DOC-9', GUARD_SCRIPTS.aliexpress.file)).rejects.toThrow(
      'No document with id DOC-9',
    );
  });

  it('every guard is built from its own entry into its own file', () => {
    const files = Object.values(GUARD_SCRIPTS).map((g) => g.file);
    expect(new Set(files).size).toBe(files.length);
    for (const [site, { entry, file }] of Object.entries(GUARD_SCRIPTS)) {
      expect(entry).toBe(`src/content/guards/${site}.ts`);
      expect(file).toBe(`src/content/guard-${site}.js`);
    }
  });
});
