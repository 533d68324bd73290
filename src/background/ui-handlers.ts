// What the background does for its own extension pages (popup, options, history): the only callers
// that may read stored orders, drafts and settings. One handler per request type, each returning
// the reply that request declares (messages/ui-replies.ts).
import type { Refusal, UiAnswer, UiRequest, UiRequestType } from '../messages';
import type { GuardDatabase } from '../store/db';
import type { Deps } from './handlers';
import { DATA_HANDLERS } from './ui-data-handlers';
import { ORDER_HANDLERS } from './ui-order-handlers';

export type UiHandler<T extends UiRequestType> = (
  deps: Deps,
  db: GuardDatabase,
  request: Extract<UiRequest, { type: T }>,
) => Promise<UiAnswer<T> | Refusal>;

export type UiHandlers<T extends UiRequestType> = { [K in T]: UiHandler<K> };

const HANDLERS: UiHandlers<UiRequestType> = { ...ORDER_HANDLERS, ...DATA_HANDLERS };

export async function onUiMessage<R extends UiRequest>(deps: Deps, request: R): Promise<UiAnswer<R['type']> | Refusal> {
  const handler = HANDLERS[request.type] as UiHandler<R['type']>;
  return handler(deps, await deps.db(), request as Extract<UiRequest, { type: R['type'] }>);
}
