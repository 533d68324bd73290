// The content script's sends, typed by request: each answers with the reply its request declares
// (messages/content-to-background.ts). Type-only imports, so the starter stays as small as it was.
import type { ContentReplyOf, ContentToBackgroundMessage } from '../messages/content-to-background';
import { contentRuntime } from '../shared/content-runtime';

export const askBackground = <R extends ContentToBackgroundMessage>(request: R): Promise<ContentReplyOf<R>> =>
  contentRuntime.send(request) as Promise<ContentReplyOf<R>>;
