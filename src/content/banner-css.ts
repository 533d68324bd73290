// The banner's styles, inside the shadow root only. System colours follow the seller's dark mode.
export const BANNER_CSS = `
:host { all: initial; position: fixed; z-index: 2147483000; right: 16px; bottom: 16px; }
.sg { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; background: #fff;
  border: 1px solid #d1d5db; border-left: 6px solid var(--lv); border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / .15);
  max-width: 380px; padding: 10px 12px; overflow-wrap: anywhere; max-height: 70vh; overflow-y: auto; }
.sg[data-level=ok] { --lv: #16804e; } .sg[data-level=near] { --lv: #b45309; } .sg[data-level=over] { --lv: #b91c1c; }
.sg[data-level=unknown], .sg[data-level=none] { --lv: #6b7280; }
.top { display: flex; align-items: center; gap: 8px; }
.brand { font-weight: 600; }
.level { font-weight: 600; color: var(--lv); }
.headline { margin: 6px 0 0; }
ul { margin: 6px 0 0; padding-left: 18px; } li { margin: 2px 0; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #9ca3af; background: #f9fafb; color: inherit; padding: 2px 8px; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.hide { margin-left: auto; }
.warn { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; background: #fef3c7; color: #78350f; }
.actions { margin: 8px 0 0; }
@media (prefers-color-scheme: dark) {
  .sg { color: #e5e7eb; background: #111827; border-color: #374151; }
  button { background: #1f2937; border-color: #4b5563; }
  .warn { background: #451a03; color: #fde68a; }
}
`;
