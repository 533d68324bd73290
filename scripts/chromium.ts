// Finds a Chromium that still honours --load-extension (branded Chrome stopped in v137) and
// launches it with the built extension. Shared by the demo, the e2e suite and the benchmark.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { getBrowser, type Host } from './get-browser';

export const DIST = path.resolve(import.meta.dirname, '..', 'dist');

/** CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own download. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright throws when its own browser was never downloaded.
  }
  return candidates.find((p): p is string => Boolean(p) && existsSync(p!));
}

export const NO_CHROMIUM =
  'No Chromium found: run `npx playwright install chromium` (or on Debian/Ubuntu `sudo apt-get install chromium`), or set CHROMIUM_PATH to a Chromium binary.';

/**
 * A Chromium, got first where none is installed: Playwright's own download (where its servers can
 * be reached; elsewhere it fails within seconds), then Debian/Ubuntu's package when running as root.
 */
export function getChromium(host?: Host): string | undefined {
  return getBrowser(
    {
      name: 'Chromium',
      find: findChromium,
      download: {
        command: 'npx',
        args: ['playwright', 'install', 'chromium'],
        // A server that takes the connection and then says nothing must not hold the run for long.
        env: { PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: '15000' },
      },
      aptPackage: 'chromium',
      missing: NO_CHROMIUM,
    },
    host,
  );
}

// Background networking floods this machine's closed network; the sandbox needs root-less runs.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-features=ExtensionDisableUnsupportedDeveloper',
];

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: () => Promise<Worker>;
  profileDir: string;
  close: () => Promise<void>;
}

/** The tab id the background recorded for a page, read from its session state (keys `tab:<id>`). */
export async function tabIdFor(worker: Worker, url: string): Promise<number | undefined> {
  return worker.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    const hit = Object.entries(all).find(([, v]) => (v as { url?: string }).url === u);
    return hit ? Number(hit[0].slice(4)) : undefined;
  }, url);
}

/**
 * A fresh profile installs the extension, which opens its welcome page: closed here, unless the
 * caller wants it (the first-run test, the interactive demo), so it never runs beside a measurement.
 * Only once it has rendered: the welcome page is the first to ask Chromium for the extension's
 * messages, and a page closed while that question is in flight leaves the extension's process with
 * an empty message bundle, so that every page and the service worker answer "" to i18n.getMessage
 * for the rest of the browser's life (about half the launches when closed at first sight).
 */
async function closeWelcome(context: BrowserContext, extensionId: string): Promise<void> {
  const welcome = `chrome-extension://${extensionId}/src/welcome/`;
  for (let waited = 0; waited < 5000; waited += 100) {
    const page = context.pages().find((p) => p.url().startsWith(welcome));
    if (page) {
      // Its heading is drawn after loadWords(), i.e. after it has read the messages.
      await page.locator('h1').waitFor({ timeout: 15_000 });
      return page.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface LaunchOptions {
  headless: boolean;
  profileDir?: string;
  withExtension?: boolean;
  args?: string[];
  /** Keep the welcome page a fresh install opens (closed otherwise). */
  keepWelcome?: boolean;
}

/**
 * The extension's messages reached its process: else its pages would fall back on English and a
 * test in another language would fail on the first sentence it reads, far from the cause.
 */
async function expectMessages(launched: Launched): Promise<void> {
  const uiLocale = await (await launched.worker()).evaluate(() => chrome.i18n.getMessage('uiLocale'));
  if (uiLocale === '') {
    await launched.close();
    throw new Error('The extension started without its messages (i18n.getMessage answers "")');
  }
}

export async function launchWithExtension(opts: LaunchOptions): Promise<Launched> {
  const launched = await launchOnce(opts);
  if (opts.withExtension !== false) await expectMessages(launched);
  return launched;
}

async function launchOnce(opts: LaunchOptions): Promise<Launched> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  const ownProfile = !opts.profileDir;
  const profileDir = opts.profileDir ?? mkdtempSync(path.join(tmpdir(), 'seller-guard-'));
  const withExtension = opts.withExtension ?? true;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: opts.headless,
    viewport: { width: 1280, height: 860 },
    args: [
      ...FLAGS,
      ...(opts.args ?? []),
      ...(withExtension ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`] : []),
    ],
  });
  const worker = async (): Promise<Worker> => {
    // The worker may start before Playwright attaches (playwright#39075): look first, then wait.
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  const extensionId = withExtension ? new URL((await worker()).url()).host : '';
  if (withExtension && ownProfile && !opts.keepWelcome) await closeWelcome(context, extensionId);
  return {
    context,
    extensionId,
    worker,
    profileDir,
    close: async () => {
      await context.close();
      if (ownProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
