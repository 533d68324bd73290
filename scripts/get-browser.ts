// Gets a browser onto a fresh machine so `npm start` and `npm test` work with nothing installed
// first: look for it, then try each way of getting one in turn, and say in one line what to run
// when none worked. Shared by ./chromium.ts and ./firefox.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface RunOptions {
  env?: Record<string, string>;
  /** Keep the command's output unless it fails, then say only its last line. */
  quiet?: boolean;
}

export interface Host {
  run: (command: string, args: string[], opts?: RunOptions) => boolean;
  isRoot: () => boolean;
  /** /etc/os-release, or '' where there is none. */
  osRelease: () => string;
  hasCommand: (name: string) => boolean;
  log: (line: string) => void;
}

export interface BrowserWanted {
  name: string;
  /** Where the browser is, if it is installed (the discovery order lives there). */
  find: () => string | undefined;
  /** A download of the browser's own build (Playwright's Chromium); it fails fast without network. */
  download?: { command: string; args: string[]; env?: Record<string, string> };
  /** Debian's package, installed when running as root on Debian or Ubuntu. */
  aptPackage: string;
  /** The one line printed when nothing worked: what to run. */
  missing: string;
}

const osField = (osRelease: string, key: string): string =>
  (new RegExp(`^${key}="?([^"\\n]*)"?$`, 'm').exec(osRelease)?.[1] ?? '').toLowerCase();

export function isDebianOrUbuntu(osRelease: string): boolean {
  const ids = [osField(osRelease, 'ID'), ...osField(osRelease, 'ID_LIKE').split(/\s+/)];
  return ids.includes('debian') || ids.includes('ubuntu');
}

function aptInstall(pkg: string, host: Host): boolean {
  if (!host.isRoot() || !isDebianOrUbuntu(host.osRelease()) || !host.hasCommand('apt-get')) return false;
  host.log(`Installing ${pkg} from the distribution (apt-get install ${pkg})…`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  return host.run('apt-get', ['update', '-qq'], { env }) && host.run('apt-get', ['install', '-y', '-qq', pkg], { env });
}

/** The browser's path, getting it first when it is missing; undefined (and one line said) when nothing worked. */
export function getBrowser(wanted: BrowserWanted, host: Host = realHost): string | undefined {
  const found = wanted.find();
  if (found) return found;
  if (wanted.download) {
    host.log(
      `No ${wanted.name} found: trying to download one (${wanted.download.command} ${wanted.download.args.join(' ')})…`,
    );
    if (host.run(wanted.download.command, wanted.download.args, { env: wanted.download.env, quiet: true })) {
      const downloaded = wanted.find();
      if (downloaded) return downloaded;
    }
  }
  if (aptInstall(wanted.aptPackage, host)) {
    const installed = wanted.find();
    if (installed) return installed;
  }
  host.log(wanted.missing);
  return undefined;
}

function run(command: string, args: string[], opts: RunOptions = {}): boolean {
  const result = spawnSync(command, args, {
    stdio: opts.quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
  });
  if (result.status !== 0 && opts.quiet) {
    const said = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n');
    console.log(`  failed: ${said.findLast((l) => /error/i.test(l))?.trim() ?? said.at(-1) ?? result.error}`);
  }
  return result.status === 0;
}

export const realHost: Host = {
  run,
  isRoot: () => process.getuid?.() === 0,
  osRelease: () => (existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : ''),
  hasCommand: (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0,
  log: (line) => console.log(line),
};
