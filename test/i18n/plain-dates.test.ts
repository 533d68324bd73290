// The banner's dates written without Intl must be exactly what Intl writes, in every language we
// speak: every day of three decades, every minute of a day, in time zones either side of UTC.
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { plainDate, plainDateTime } from '../../src/i18n/plain-dates';

const DAY = 86_400_000;
const days = Array.from({ length: 11_700 }, (_, i) => Date.UTC(1999, 11, 20, 12) + i * DAY);
const minutes = Array.from({ length: 1440 }, (_, i) => Date.UTC(2026, 11, 20) + i * 60_000);
const zone = process.env.TZ;

describe.each(['UTC', 'America/Sao_Paulo', 'Asia/Tokyo', 'Europe/Berlin'])('in %s', (timeZone) => {
  afterAll(() => {
    process.env.TZ = zone;
  });

  it.each(LOCALES.map((l) => [l]))('%s: dates and times the same as Intl', (locale) => {
    process.env.TZ = timeZone;
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    expect(dates.resolvedOptions().timeZone).toBe(timeZone);
    expect(days.filter((ms) => plainDate(ms, locale) !== dates.format(ms))).toEqual([]);
    const times = [...minutes, ...days.filter((_, i) => i % 37 === 0).map((ms) => ms + 7 * 3_600_000)];
    expect(times.filter((ms) => plainDateTime(ms, locale) !== dateTimes.format(ms))).toEqual([]);
  });
});

describe('left to Intl', () => {
  it('another locale, an impossible date, a year outside four digits', () => {
    expect(plainDate(Date.UTC(2026, 0, 1), 'nl')).toBeUndefined();
    expect(plainDateTime(Date.UTC(2026, 0, 1), 'ar')).toBeUndefined();
    expect(plainDate(Number.NaN, 'en')).toBeUndefined();
    expect(plainDate(Date.UTC(10_000, 0, 1), 'en')).toBeUndefined();
    expect(plainDateTime(Date.UTC(999, 0, 1), 'de')).toBeUndefined();
  });
});
