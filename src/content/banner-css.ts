// The banner's styles, inside the shadow root only. Two palettes, light and the seller's dark mode:
// every colour text is written in reads at 4.5:1 or more on its background in both
// (test/content/banner-contrast.test.ts computes each pair from PALETTE).
import type { Level } from '../core/types';

interface Palette {
  background: string;
  text: string;
  muted: string;
  link: string;
  button: string;
  border: string;
  warnBackground: string;
  warnText: string;
  level: Record<Level, string>;
}

export const PALETTE: Record<'light' | 'dark', Palette> = {
  light: {
    background: '#ffffff',
    text: '#1f2937',
    muted: '#4b5563',
    link: '#1d4ed8',
    button: '#f9fafb',
    border: '#6b7280',
    warnBackground: '#fef3c7',
    warnText: '#78350f',
    level: { ok: '#16804e', near: '#b45309', over: '#b91c1c', unknown: '#6b7280', none: '#6b7280' },
  },
  dark: {
    background: '#111827',
    text: '#e5e7eb',
    muted: '#d1d5db',
    link: '#93c5fd',
    button: '#1f2937',
    border: '#6b7280',
    warnBackground: '#451a03',
    warnText: '#fde68a',
    level: { ok: '#4ade80', near: '#fbbf24', over: '#f87171', unknown: '#9ca3af', none: '#9ca3af' },
  },
};

const vars = (p: Palette) =>
  `--bg:${p.background};--fg:${p.text};--muted:${p.muted};--link:${p.link};--btn:${p.button};--line:${p.border};` +
  `--warn-bg:${p.warnBackground};--warn-fg:${p.warnText};` +
  Object.entries(p.level)
    .map(([level, colour]) => `--${level}:${colour};`)
    .join('');

export const BANNER_CSS = `
:host { all: initial; position: fixed; z-index: 2147483000; right: 16px; bottom: 16px; ${vars(PALETTE.light)} }
:host([data-corner=bl]) { right: auto; left: 16px; }
:host([data-corner=tl]) { right: auto; bottom: auto; left: 16px; top: 16px; }
:host([data-corner=tr]) { bottom: auto; top: 16px; }
@media (prefers-color-scheme: dark) { :host { ${vars(PALETTE.dark)} } }
.sg { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-left: 6px solid var(--lv); border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / .15);
  max-width: 380px; padding: 10px 12px; overflow-wrap: anywhere; max-height: 70vh; overflow-y: auto; }
${(['ok', 'near', 'over', 'unknown', 'none'] as const).map((l) => `.sg[data-level=${l}] { --lv: var(--${l}); }`).join('\n')}
.top { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; }
.top button { flex: none; white-space: nowrap; overflow-wrap: normal; }
.brand { font-weight: 600; margin-right: auto; }
.level { font-weight: 600; color: var(--lv); }
.headline, .note, .status { margin: 6px 0 0; }
.note { color: var(--muted); font-size: 12px; }
ul { margin: 6px 0 0; padding-left: 18px; } li { margin: 2px 0; }
a { color: var(--link); }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid var(--line); background: var(--btn); color: inherit; padding: 2px 8px; }
button:focus-visible, a:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; }
.warn { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; background: var(--warn-bg); color: var(--warn-fg); }
.actions { margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 6px; }
.pill { padding: 0; max-width: none; }
.pill button { border: 0; background: var(--bg); padding: 6px 12px; display: flex; gap: 8px; align-items: baseline; border-radius: 0 8px 8px 0; }
`;
