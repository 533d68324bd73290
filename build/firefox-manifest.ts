// What the Firefox build changes in the manifest, and nothing else: `npm run build:firefox`
// (vite --mode firefox) passes the Chromium manifest through firefoxManifest() and hands it to
// crxjs's own Firefox mode. Kept apart from vite.config.ts so the manifest's generator and these
// Firefox specifics change independently.

export const FIREFOX_MODE = 'firefox';
export const FIREFOX_OUT_DIR = 'dist-firefox';

/** The add-on's id on addons.mozilla.org: fixed forever once the first version is signed. */
export const GECKO_ID = 'seller-guard@seller-guard';

/**
 * 140: the oldest Firefox that reads `data_collection_permissions` (the built-in data consent).
 * It also covers the APIs we use that came later than MV3 itself: MAIN-world content scripts
 * (128), storage.session (115), scripting.executeScript with files (102).
 */
export const GECKO_MIN_VERSION = '140.0';

/** Firefox for Android reads `data_collection_permissions` from 142. */
export const GECKO_ANDROID_MIN_VERSION = '142.0';

/** Build target for Firefox's JavaScript: the same version as the minimum above. */
export const FIREFOX_TARGET = 'firefox140';

interface ChromiumManifest {
  background: { service_worker: string; type?: string };
  minimum_chrome_version?: string;
}

export type FirefoxManifest<M extends ChromiumManifest> = Omit<M, 'background' | 'minimum_chrome_version'> & {
  background: { scripts: string[]; type?: string };
  browser_specific_settings: {
    gecko: {
      id: string;
      strict_min_version: string;
      data_collection_permissions: { required: ['none'] };
    };
    gecko_android: { strict_min_version: string };
  };
};

export function firefoxManifest<M extends ChromiumManifest>(chromium: M): FirefoxManifest<M> {
  // Firefox has no extension service workers: the same module runs as an event page. Chromium's
  // minimum version means nothing there and only draws a lint warning.
  const { background, minimum_chrome_version: _chromiumOnly, ...rest } = chromium;
  return {
    ...rest,
    background: { scripts: [background.service_worker], ...(background.type ? { type: background.type } : {}) },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // Nothing leaves the seller's computer: no data is collected or transmitted.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    },
  };
}
