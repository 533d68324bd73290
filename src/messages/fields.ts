import * as v from 'valibot';

// valibot's builders carry no purity marks, so every schema here is kept by any bundle that
// imports this file: keep each file to what one direction needs (the content script ships on every page).
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const time = v.pipe(v.number(), v.finite(), v.minValue(0));
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));
