// Finds Firefox (Debian's firefox-esr here) and drives it over WebDriver BiDi with the Firefox build
// installed as a temporary add-on, seller pages served at their real URLs. Used by the Firefox
// smoke tests (test/firefox/). Nothing is downloaded at run time.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_OUT_DIR, GECKO_ID } from '../build/firefox-manifest';
import { getBrowser, type Host } from './get-browser';
import { sampleAnswer, type SamplePage } from './sample-pages';

export const DIST_FIREFOX = path.resolve(import.meta.dirname, '..', FIREFOX_OUT_DIR);

/** FIREFOX_PATH, then Debian's firefox-esr, then a `firefox` on the usual path. */
export function findFirefox(): string | undefined {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p): p is string => Boolean(p) && existsSync(p!));
}

export const NO_FIREFOX =
  'No Firefox found: on Debian run `sudo apt-get install firefox-esr`; elsewhere install Firefox 140 or later and set FIREFOX_PATH to its binary.';

/** A Firefox, installed first from Debian's packages where none is found and we run as root. */
export function getFirefox(host?: Host): string | undefined {
  return getBrowser({ name: 'Firefox', find: findFirefox, aptPackage: 'firefox-esr', missing: NO_FIREFOX }, host);
}

export interface FirefoxLaunched {
  browser: Browser;
  /** `moz-extension://<uuid>/` */
  origin: string;
  /** A new tab whose requests are answered from the sample pages (plus `extra`). */
  sellerPage: (extra?: SamplePage[]) => Promise<Page>;
  /** A new tab showing one of the extension's own pages, e.g. `src/popup/index.html?tab=3`. */
  extensionPage: (file: string) => Promise<Page>;
  /** The tab id the background recorded for a page (its session state, keys `tab:<id>`). */
  tabIdFor: (url: string) => Promise<number | undefined>;
  close: () => Promise<void>;
}

interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> };
}

export async function launchFirefoxWithExtension(opts: {
  grantSiteAccess: boolean;
  /** Answer the site-access prompt a click in the popup raises, as a user clicking Allow would. */
  allowWhenAsked?: boolean;
}): Promise<FirefoxLaunched> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(NO_FIREFOX);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Lets WebDriver BiDi open the extension's own pages (moz-extension://), which it refuses otherwise.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // The add-on's internal UUID, fixed here so the test knows its pages' addresses.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Firefox MV3 treats host permissions as optional. This preference (true by default since
      // Firefox 127) grants them at install, as a user accepting the install prompt does; false
      // leaves them withheld, as a user who turned site access off.
      'extensions.originControls.grantByDefault': opts.grantSiteAccess,
      // Without its doorhanger (which WebDriver cannot click), permissions.request grants what it is
      // asked, still only from a user's click.
      ...(opts.allowWhenAsked ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
    },
  });
  try {
    await browser.installExtension(DIST_FIREFOX);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${uuid}/`;

  const sellerPage = async (extra: SamplePage[] = []): Promise<Page> => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const answer = sampleAnswer(request.url(), extra);
      if (answer.kind === 'pass') void request.continue();
      else if (answer.kind === 'refuse') void request.abort('blockedbyclient');
      else void request.respond({ status: answer.status, contentType: answer.contentType, body: answer.body });
    });
    return page;
  };

  const extensionPage = async (file: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = origin + file;
    // puppeteer's goto waits for navigation events Firefox does not send when a tab moves into the
    // extension's process; BiDi's own navigate returns once the page has loaded.
    await (page.mainFrame() as unknown as BidiFrame).browsingContext.navigate(url, 'complete');
    return page;
  };

  const tabIdFor = async (url: string): Promise<number | undefined> => {
    const page = await extensionPage('src/options/index.html');
    const all = await page.evaluate(() =>
      (globalThis as unknown as { browser: typeof chrome }).browser.storage.session.get(null),
    );
    await page.close();
    const hit = Object.entries(all).find(([, v]) => (v as { url?: string }).url === url);
    return hit ? Number(hit[0].slice(4)) : undefined;
  };

  return { browser, origin, sellerPage, extensionPage, tabIdFor, close: () => browser.close() };
}
