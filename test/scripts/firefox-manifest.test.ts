// The Firefox build's manifest: the Chromium one with an event page instead of a service worker,
// and the gecko settings addons.mozilla.org asks for.
import { describe, expect, it } from 'vitest';
import { firefoxManifest, GECKO_MIN_VERSION } from '../../build/firefox-manifest';
import { sellerManifest } from '../../build/manifest';

const manifest = sellerManifest('0.1.0');
const firefox = firefoxManifest(manifest);
const major = (version: string) => Number(version.split('.')[0]);

describe('the Firefox manifest', () => {
  it('runs the background module as an event page (Firefox has no extension service workers)', () => {
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
  });

  it('names the add-on, says no data is collected, and asks for a Firefox that has every API used', () => {
    const { gecko } = firefox.browser_specific_settings;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // data_collection_permissions: 140; MAIN-world content scripts: 128; storage.session: 115.
    expect(major(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(manifest.content_scripts.some((c) => 'world' in c && c.world === 'MAIN')).toBe(true);
    expect(gecko.strict_min_version).toBe(GECKO_MIN_VERSION);
    expect(major(firefox.browser_specific_settings.gecko_android.strict_min_version)).toBeGreaterThanOrEqual(142);
  });

  it('keeps everything else as the Chromium build has it (permissions, content scripts, pages)', () => {
    const { background: _b, minimum_chrome_version: _m, ...chromiumRest } = manifest;
    const { background: _fb, browser_specific_settings: _s, ...firefoxRest } = firefox;
    expect(firefoxRest).toEqual(chromiumRest);
  });
});
