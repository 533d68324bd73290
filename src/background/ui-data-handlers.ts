// The options and history pages' requests: templates, the history and its figures, export and
// import, settings, and what is stored.
import { cancellationShare, rateSeries, reasonsBreakdown, repeatBuyers } from '../core/insight';
import { guardedBoundary, marketplaceRules, RULEBOOKS, ruleRefFor, type RateMetric } from '../core/rulebooks';
import type { Platform } from '../core/types';
import type { RulebookInfo } from '../messages';
import { deleteTemplate, listTemplates, saveTemplate } from '../store/custom-templates';
import { eventsToCsv } from '../store/export-csv';
import { exportAll, importAll } from '../store/export-import';
import { insightEvents, queryEvents } from '../store/history';
import { ImportError } from '../store/import-checks';
import { clearAll, storeSummary } from '../store/queries';
import { loadSettings, saveSetting } from '../store/settings';
import { allSnapshots } from '../store/snapshots';
import { platformChoices } from '../sites/platform-choices';
import type { UiHandlers } from './ui-handlers';

function thresholdOf(platform: string, marketplace: string): number | undefined {
  if (!Object.hasOwn(RULEBOOKS, platform)) return undefined;
  const metric = marketplaceRules(RULEBOOKS[platform as Platform], marketplace).cancellation;
  return metric.kind === 'rate' ? guardedBoundary(metric).percent : undefined;
}

/** The windows a limit is also measured over, so Options does not show India as 7 days only. */
function windowsBeside(metric: RateMetric) {
  const { alsoWindowDays, windowByVolume } = metric;
  return {
    ...(alsoWindowDays?.length ? { alsoWindowDays } : {}),
    ...(windowByVolume
      ? { longWindow: { minOrders: windowByVolume.minOrders, days: windowByVolume.otherwiseDays } }
      : {}),
  };
}

function rulebookInfo(): RulebookInfo[] {
  return Object.values(RULEBOOKS).map((b) => ({
    platform: b.platform,
    name: b.displayName,
    checkedOn: b.checkedOn,
    markets: Object.values(b.marketplaces).map((m) => ({
      code: m.code,
      metric:
        m.cancellation.kind === 'rate'
          ? {
              threshold: guardedBoundary(m.cancellation).percent,
              windowDays: m.cancellation.windowDays,
              ...windowsBeside(m.cancellation),
              // How sure the limit is here, and where it was read (shown beside it in Options).
              rule: ruleRefFor(b, m.code, guardedBoundary(m.cancellation).ruleId),
            }
          : null,
    })),
  }));
}

type DataRequest =
  | 'ui/templates'
  | 'ui/save-template'
  | 'ui/delete-template'
  | 'ui/history'
  | 'ui/export'
  | 'ui/import'
  | 'ui/get-settings'
  | 'ui/save-settings'
  | 'ui/store-summary'
  | 'ui/platform-choices'
  | 'ui/clear-all';

export const DATA_HANDLERS: UiHandlers<DataRequest> = {
  'ui/templates': async (_deps, db, message) => ({ ok: true, templates: await listTemplates(db, message.platform) }),
  'ui/save-template': async (deps, db, { type: _type, ...template }) => ({
    ok: true,
    template: await saveTemplate(db, { ...template, updatedAt: deps.now() }),
  }),
  'ui/delete-template': async (_deps, db, message) => {
    await deleteTemplate(db, message.id);
    return { ok: true };
  },
  'ui/history': async (_deps, db, { type: _type, withTotal = true, ...filter }) => {
    // The figures come with the answer that brings the total: asked for it, at once; otherwise only
    // when the window held everything (no second answer will follow).
    const insight = withTotal ? insightEvents(db, filter) : undefined;
    const [{ events, total }, snapshots] = await Promise.all([
      queryEvents(db, filter, { exactTotal: withTotal }),
      allSnapshots(db),
    ]);
    const all = await (insight ?? (total === undefined ? undefined : insightEvents(db, filter)));
    const series = rateSeries(snapshots).map((s) => ({
      ...s,
      thresholdPercent: thresholdOf(s.platform, s.marketplace),
    }));
    return {
      ok: true,
      events,
      total,
      series,
      insight: all && {
        share: cancellationShare(all),
        reasons: reasonsBreakdown(all),
        repeatBuyers: [...repeatBuyers(all)],
      },
    };
  },
  'ui/export': async (deps, db, message) => {
    const data = await exportAll(db, deps.now());
    return message.as === 'json' ? { ok: true, data } : { ok: true, csv: eventsToCsv(data.events, message.header) };
  },
  'ui/import': async (deps, db, message) => {
    try {
      return { ok: true, ...(await importAll(db, message.data, deps.now())) };
    } catch (error) {
      if (error instanceof ImportError) {
        return { ok: false, code: 'import-refused', problem: error.problem, error: error.message };
      }
      throw error;
    }
  },
  'ui/get-settings': async (_deps, db) => ({ ok: true, settings: await loadSettings(db), rulebooks: rulebookInfo() }),
  'ui/save-settings': async (_deps, db, message) => {
    await saveSetting(db, 'warningMargin', message.warningMargin);
    await saveSetting(db, 'policy', message.policy);
    await saveSetting(db, 'overrides', message.overrides);
    if (message.retentionMonths !== undefined) await saveSetting(db, 'retentionMonths', message.retentionMonths);
    if (message.bannerLanguage !== undefined) await saveSetting(db, 'bannerLanguage', message.bannerLanguage);
    return { ok: true };
  },
  'ui/store-summary': async (_deps, db) => ({ ok: true, counts: await storeSummary(db) }),
  'ui/platform-choices': () => Promise.resolve({ ok: true, platforms: platformChoices() }),
  'ui/clear-all': async (_deps, db) => {
    await clearAll(db);
    return { ok: true };
  },
};
