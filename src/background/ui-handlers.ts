// What the background does for its own extension pages (popup, options): the only callers that
// may read stored orders, drafts and settings.
import { advise, situationFor } from '../core/advisor';
import { marketplaceRules, rulebookFor } from '../core/rulebooks';
import { RULEBOOKS } from '../core/rulebooks';
import type { UiToBackgroundMessage } from '../messages/ui-to-background';
import { orderKey, type GuardDatabase } from '../store/db';
import { deleteTemplate, listTemplates, saveTemplate } from '../store/custom-templates';
import { eventsToCsv } from '../store/export-csv';
import { ImportError } from '../store/export-format';
import { exportAll, importAll } from '../store/export-import';
import { insightEvents, queryEvents } from '../store/history';
import { cancellationShare, rateSeries, reasonsBreakdown, repeatBuyers } from '../core/insight';
import type { EventRecord } from '../store/schema';
import { getChoice, getDraft, recordAdvice, recordDraftUse, saveChoice, saveDraft } from '../store/drafts';
import { clearAll, getOrder, storeSummary } from '../store/queries';
import { loadSettings, saveSetting } from '../store/settings';
import { guardFor } from './guard-service';
import type { Deps } from './handlers';
import { insertDraft } from './insert-draft';

function thresholdOf(platform: string, marketplace: string): number | undefined {
  const book = (RULEBOOKS as Record<string, (typeof RULEBOOKS)[keyof typeof RULEBOOKS]>)[platform];
  const metric = book ? marketplaceRules(book, marketplace).cancellation : undefined;
  return metric?.kind === 'rate' ? metric.thresholdPercent : undefined;
}

async function tabOrder(deps: Deps, db: GuardDatabase, tabId: number) {
  const state = await deps.tabs.get(tabId);
  const order = state?.focusOrderId ? await getOrder(db, orderKey(state.platform, state.focusOrderId)) : undefined;
  return { state, order };
}

export async function onUiMessage(deps: Deps, message: UiToBackgroundMessage): Promise<unknown> {
  const db = await deps.db();
  switch (message.type) {
    case 'ui/tab-state': {
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
    }
    case 'ui/advise': {
      const { state, order } = await tabOrder(deps, db, message.tabId);
      if (!state || !order) return { ok: false, error: 'No order on this tab.' };
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
    }
    case 'ui/get-draft':
      return { ok: true, draft: (await getDraft(db, message.orderKey, message.action)) ?? null };
    case 'ui/save-draft': {
      const { orderKey: key, action, templateId, lang, text } = message;
      return {
        ok: true,
        draft: await saveDraft(db, { orderKey: key, action, templateId, lang, text, updatedAt: deps.now() }),
      };
    }
    case 'ui/draft-used':
      await recordDraftUse(db, message.orderKey, message.action, {
        at: deps.now(),
        how: message.how,
        lang: message.lang,
        text: message.text,
      });
      return { ok: true };
    case 'ui/insert-draft':
      return { ok: true, inserted: await insertDraft(deps, message.tabId, message.text) };
    case 'ui/templates':
      return { ok: true, templates: await listTemplates(db, message.platform) };
    case 'ui/save-template': {
      const { type: _type, ...template } = message;
      return { ok: true, template: await saveTemplate(db, { ...template, updatedAt: deps.now() }) };
    }
    case 'ui/delete-template':
      await deleteTemplate(db, message.id);
      return { ok: true };
    case 'ui/history': {
      const { type: _type, withTotal, ...filter } = message;
      const [{ events, total }, all, snapshots] = await Promise.all([
        queryEvents(db, filter, { exactTotal: withTotal ?? true }),
        insightEvents(db, filter),
        db.getAll('snapshots'),
      ]);
      const series = rateSeries(snapshots).map((s) => ({
        ...s,
        thresholdPercent: thresholdOf(s.platform, s.marketplace),
      }));
      return {
        ok: true,
        events,
        total,
        series,
        share: cancellationShare(all),
        reasons: reasonsBreakdown(all),
        repeatBuyers: [...repeatBuyers(all)],
      };
    }
    case 'ui/export': {
      const data = await exportAll(db, deps.now());
      return message.as === 'json'
        ? { ok: true, data }
        : { ok: true, csv: eventsToCsv(data.events as unknown as EventRecord[], message.header) };
    }
    case 'ui/import':
      try {
        return { ok: true, ...(await importAll(db, message.data)) };
      } catch (error) {
        if (error instanceof ImportError) return { ok: false, error: error.message };
        throw error;
      }
    case 'ui/get-settings': {
      const settings = await loadSettings(db);
      const rulebooks = Object.values(RULEBOOKS).map((b) => ({
        platform: b.platform,
        name: b.displayName,
        checkedOn: b.checkedOn,
        markets: Object.values(b.marketplaces).map((m) => ({
          code: m.code,
          metric:
            m.cancellation.kind === 'rate'
              ? { threshold: m.cancellation.thresholdPercent, windowDays: m.cancellation.windowDays }
              : null,
        })),
      }));
      return { ok: true, settings, rulebooks };
    }
    case 'ui/save-settings':
      await saveSetting(db, 'warningMargin', message.warningMargin);
      await saveSetting(db, 'policy', message.policy);
      await saveSetting(db, 'overrides', message.overrides);
      if (message.retentionMonths !== undefined) await saveSetting(db, 'retentionMonths', message.retentionMonths);
      if (message.bannerLanguage !== undefined) await saveSetting(db, 'bannerLanguage', message.bannerLanguage);
      return { ok: true };
    case 'ui/store-summary':
      return { ok: true, counts: await storeSummary(db) };
    case 'ui/clear-all':
      await clearAll(db);
      return { ok: true };
  }
}
