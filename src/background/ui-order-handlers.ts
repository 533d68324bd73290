// The popup's requests about the order in front of the seller: its state, the advice, its drafts.
import { advise, situationFor } from '../core/advisor';
import { marketplaceRules, rulebookFor } from '../core/rulebooks';
import { getChoice, saveChoice } from '../store/choices';
import { orderKey, type GuardDatabase } from '../store/db';
import { getDraft, recordDraftUse, saveDraft } from '../store/drafts';
import { recordAdvice } from '../store/events';
import { getOrder } from '../store/order-days';
import { loadSettings } from '../store/settings';
import { guardFor } from './guard-service';
import type { Deps } from './handlers';
import { insertDraft } from './insert-draft';
import type { UiHandlers } from './ui-handlers';

async function tabOrder(deps: Deps, db: GuardDatabase, tabId: number) {
  const state = await deps.tabs.get(tabId);
  const order = state?.focusOrderId ? await getOrder(db, orderKey(state.platform, state.focusOrderId)) : undefined;
  return { state, order };
}

type OrderRequest =
  'ui/tab-state' | 'ui/advise' | 'ui/get-draft' | 'ui/save-draft' | 'ui/draft-used' | 'ui/insert-draft';

export const ORDER_HANDLERS: UiHandlers<OrderRequest> = {
  'ui/tab-state': async (deps, db, message) => {
    const { state, order } = await tabOrder(deps, db, message.tabId);
    const settings = await loadSettings(db);
    const choice = order ? await getChoice(db, order.key) : undefined;
    const language = state ? marketplaceRules(rulebookFor(state.platform), state.marketplace).language : 'en';
    return {
      ok: true,
      state: state ?? null,
      order: order ?? null,
      choice: choice ?? null,
      language,
      policy: settings.policy,
    };
  },
  'ui/advise': async (deps, db, message) => {
    const { state, order } = await tabOrder(deps, db, message.tabId);
    if (!state || !order) return { ok: false, code: 'no-order', error: 'No order on this tab.' };
    const now = deps.now();
    const settings = await loadSettings(db);
    // Core builds the situation from the order's own facts, an open dispute or claim included.
    const situation = situationFor(
      order,
      { reason: message.situation, askedVia: message.askedVia },
      { now, policy: settings.policy, guard: await guardFor(db, settings, order.platform, order.marketplace, now) },
    );
    await saveChoice(db, {
      orderKey: order.key,
      situation: message.situation,
      askedVia: message.askedVia,
      updatedAt: now,
    });
    const actions = advise(situation);
    // Logged so the history can tell, once the order resolves, whether the advice was followed.
    if (actions[0]) await recordAdvice(db, order, `${message.situation}/${message.askedVia}`, actions[0].kind, now);
    return { ok: true, actions };
  },
  'ui/get-draft': async (_deps, db, message) => ({
    ok: true,
    draft: (await getDraft(db, message.orderKey, message.action)) ?? null,
  }),
  'ui/save-draft': async (deps, db, message) => {
    const { orderKey: key, action, templateId, lang, text } = message;
    return {
      ok: true,
      draft: await saveDraft(db, { orderKey: key, action, templateId, lang, text, updatedAt: deps.now() }),
    };
  },
  'ui/draft-used': async (deps, db, message) => {
    const { how, lang, text } = message;
    await recordDraftUse(db, message.orderKey, message.action, { at: deps.now(), how, lang, text });
    return { ok: true };
  },
  // To the frame holding the message box when the page has one (eBay's message frame), else the page.
  'ui/insert-draft': async (deps, _db, message) => ({
    ok: true,
    inserted: await insertDraft(deps, message.tabId, message.text),
  }),
};
