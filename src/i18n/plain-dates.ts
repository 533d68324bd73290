// The banner's dates written without Intl, as plain-numbers.ts writes its numbers: the first
// Intl.DateTimeFormat in a new tab builds its locale's patterns on the seller's page thread before
// the banner can say "next evaluation on Dec 20, 2026". In the languages we speak, the medium date
// and the short time are a few fixed patterns and twelve month names; any other locale, or a year
// outside 1000–9999, returns undefined and goes to Intl.
// test/i18n/plain-dates.test.ts holds every day and every minute's pattern to Intl's own output.

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
  'pt-BR': ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
};

const two = (n: number) => String(n).padStart(2, '0');

/** The date of `ms` in local time as `dateStyle: 'medium'` writes it, or undefined. */
export function plainDate(ms: number, locale: string): string | undefined {
  const at = new Date(ms);
  const year = at.getFullYear();
  if (!(year >= 1000 && year <= 9999)) return undefined;
  const [day, month] = [at.getDate(), at.getMonth()];
  const name = MONTHS[locale]?.[month];
  switch (locale) {
    case 'en':
      return `${name} ${day}, ${year}`;
    case 'es':
    case 'fr':
    case 'it':
      return `${day} ${name} ${year}`;
    case 'pt-BR':
      return `${day} de ${name} de ${year}`;
    case 'de':
      return `${two(day)}.${two(month + 1)}.${year}`;
    case 'ja':
      return `${year}/${two(month + 1)}/${two(day)}`;
    case 'zh-CN':
      return `${year}年${month + 1}月${day}日`;
    default:
      return undefined;
  }
}

/** The time of `ms` in local time as `timeStyle: 'short'` writes it in a locale we speak. */
function plainTime(at: Date, locale: string): string {
  const [hour, minute] = [at.getHours(), two(at.getMinutes())];
  if (locale === 'en') return `${hour % 12 || 12}:${minute} ${hour < 12 ? 'AM' : 'PM'}`;
  return `${locale === 'es' || locale === 'ja' ? hour : two(hour)}:${minute}`;
}

/** `dateStyle: 'medium', timeStyle: 'short'`, or undefined. */
export function plainDateTime(ms: number, locale: string): string | undefined {
  const date = plainDate(ms, locale);
  if (date === undefined) return undefined;
  const joiner = locale === 'ja' || locale === 'zh-CN' ? ' ' : ', ';
  return date + joiner + plainTime(new Date(ms), locale);
}
