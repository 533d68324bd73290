// Where the build puts the guard (src/content/guard.ts) and where the background injects it from.
// vite.config.ts builds it; the background names it to scripting.executeScript.
export const GUARD_SCRIPT = 'src/content/guard.js';
