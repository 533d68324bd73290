// Background → content script: only the draft text to insert, checked again on arrival (with
// ./shape, as everything the page receives: see there).
import * as s from './shape';

export const isInsertDraftRequest = s.object({ type: s.literal('bg/insert-draft'), text: s.string(5000) });

/** The content script's answer: whether a message box took the text. */
export const isInsertReply = s.object({ ok: s.literal(true), inserted: s.boolean });
export type InsertReply = s.Checked<typeof isInsertReply>;
