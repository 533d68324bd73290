// Getting a browser onto a fresh machine: look first, then the browser's own download, then
// Debian/Ubuntu's package as root, and one line saying what to run when none of that worked.
import { describe, expect, it } from 'vitest';
import { getBrowser, isDebianOrUbuntu, type BrowserWanted, type Host } from '../../scripts/get-browser';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

/** A machine where `installs` are what each command puts in place when it succeeds. */
function machine(opts: { root?: boolean; os?: string; apt?: boolean; works?: string[] }) {
  const installed = new Set<string>();
  const ran: string[] = [];
  const said: string[] = [];
  const host: Host = {
    run: (command, args) => {
      const line = [command, ...args].join(' ');
      ran.push(line);
      const ok = (opts.works ?? []).some((w) => line.startsWith(w));
      if (ok && line.includes('install')) installed.add(line);
      return ok;
    },
    isRoot: () => opts.root ?? false,
    osRelease: () => opts.os ?? '',
    hasCommand: (name) => name === 'apt-get' && (opts.apt ?? true),
    log: (line) => said.push(line),
  };
  const wanted = (download = true): BrowserWanted => ({
    name: 'Chromium',
    find: () => {
      if ([...installed].some((l) => l.includes('playwright'))) return '/root/.cache/ms-playwright/chromium/chrome';
      const apt = [...installed].find((l) => l.startsWith('apt-get install'));
      return apt ? `/usr/bin/${apt.split(' ').at(-1)}` : undefined;
    },
    download: download ? { command: 'npx', args: ['playwright', 'install', 'chromium'] } : undefined,
    aptPackage: 'chromium',
    missing: 'No Chromium found: run `npx playwright install chromium`…',
  });
  return { host, ran, said, wanted };
}

describe('getting a browser', () => {
  it('uses the one already installed, and runs nothing', () => {
    const m = machine({ root: true, os: DEBIAN });
    expect(getBrowser({ ...m.wanted(), find: () => '/usr/bin/chromium' }, m.host)).toBe('/usr/bin/chromium');
    expect(m.ran).toEqual([]);
  });

  it("takes the browser's own download where it can be had", () => {
    const m = machine({ root: true, os: DEBIAN, works: ['npx playwright', 'apt-get'] });
    expect(getBrowser(m.wanted(), m.host)).toBe('/root/.cache/ms-playwright/chromium/chrome');
    expect(m.ran).toEqual(['npx playwright install chromium']);
  });

  it('falls through to Debian/Ubuntu packages as root when the download fails', () => {
    for (const os of [DEBIAN, UBUNTU, MINT]) {
      const m = machine({ root: true, os, works: ['apt-get'] });
      expect(getBrowser(m.wanted(), m.host)).toBe('/usr/bin/chromium');
      expect(m.ran).toEqual([
        'npx playwright install chromium',
        'apt-get update -qq',
        'apt-get install -y -qq chromium',
      ]);
    }
  });

  it('says in one line what to run when it may not or cannot install', () => {
    const cases = [
      machine({ root: false, os: DEBIAN, works: ['apt-get'] }),
      machine({ root: true, os: FEDORA, works: ['apt-get'] }),
      machine({ root: true, os: DEBIAN, apt: false, works: ['apt-get'] }),
      machine({ root: true, os: DEBIAN, works: [] }),
    ];
    for (const m of cases) {
      expect(getBrowser(m.wanted(), m.host)).toBeUndefined();
      expect(m.said.at(-1)).toBe('No Chromium found: run `npx playwright install chromium`…');
      expect(m.ran.filter((l) => l.startsWith('apt-get install')).length).toBeLessThanOrEqual(1);
    }
    expect(cases[0]!.ran).toEqual(['npx playwright install chromium']);
  });

  it('goes straight to the package for a browser with no download of its own (Firefox)', () => {
    const m = machine({ root: true, os: DEBIAN, works: ['apt-get'] });
    expect(getBrowser({ ...m.wanted(false), aptPackage: 'firefox-esr' }, m.host)).toBe('/usr/bin/firefox-esr');
    expect(m.ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq firefox-esr']);
  });

  it('recognises Debian and its derivatives from /etc/os-release', () => {
    expect([DEBIAN, UBUNTU, MINT, FEDORA, ''].map(isDebianOrUbuntu)).toEqual([true, true, true, false, false]);
  });
});
