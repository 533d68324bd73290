// Background → content script: only the draft text to insert, validated again on arrival.
import * as v from 'valibot';
import { text } from './fields';

export const BackgroundToContent = v.strictObject({ type: v.literal('bg/insert-draft'), text: text(5000) });

/** The content script's answer: whether a message box took the text. */
export const InsertReplySchema = v.strictObject({ ok: v.literal(true), inserted: v.boolean() });
export type InsertReply = v.InferOutput<typeof InsertReplySchema>;
