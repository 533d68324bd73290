// Words that sit beside a figure on every platform, in the languages of the marketplaces we read:
// a time window ("7 days", "30 Tage", "7日間", "آخر 30 يومًا") and "no figure" ("N/A", "k. A.").
// Platform wording (which label names which metric) lives in each platform's dictionary.
import { asciiDigits } from './parse-number';

const DAY_WORDS = [
  'days?',
  'tagen?',
  'tage',
  'jours?',
  'giorni',
  'd[ií]as',
  'dagen',
  'dagar',
  'dni',
  'g[üu]n',
  'يومًا',
  'يوما',
  'يوم',
  'أيام',
  '日間',
  '日',
].join('|');

const LAST_WORDS = [
  'last',
  'past',
  'letzten?',
  'derniers',
  'ultimi',
  'últimos',
  'laatste',
  'senaste',
  'ostatnie',
  'son',
  'آخر',
  '過去',
  '直近',
].join('|');

/** A line that only states a window: "7 days", "(30 Tage)", "Last 30 days", "過去7日間", "Son 30 gün". */
export const WINDOW_LINE = new RegExp(
  `^\\(?\\s*(?:(?:${LAST_WORDS})\\s*)?(\\d{1,3})\\s*-?\\s*(?:${DAY_WORDS})\\s*\\)?$`,
  'iu',
);

export function windowDays(line: string): number | undefined {
  const match = WINDOW_LINE.exec(asciiDigits(line).trim());
  if (!match) return undefined;
  const days = Number(match[1]);
  return days >= 1 && days <= 365 ? days : undefined;
}

/**
 * A figure the page says it does not have (a new seller, no seller-fulfilled orders). Unverified
 * per language beyond English "N/A": the others are the usual short forms, never guessed into a number.
 */
export const NONE_LINE =
  /^(?:n\/?a|k\.\s?a\.|n\.\s?v\.|non disponible|non disponibile|no disponible|niet beschikbaar|ej tillgänglig|brak danych|yok|mevcut değil|غير متوفر|غير متاح|該当なし|なし|não disponível|indisponível)$/iu;

/** Dashes stand in for a figure while a dashboard fills itself in: not yet a reading either way. */
const PLACEHOLDER_LINE = /^[-–—‒―.…]+$/;

export function isNoFigure(line: string): boolean {
  return NONE_LINE.test(line.trim());
}

export function isPlaceholder(line: string): boolean {
  return PLACEHOLDER_LINE.test(line.trim());
}
