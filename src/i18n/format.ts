/**
 * Numbers, dates and quarters in the conventions of each language (Intl): "112,5" and "10 245,6" in
 * Russian, "112.5" and "10,245.6" in English. The UI and the documents use these, never toFixed.
 */
const LOCALE: Record<string, string> = { en: 'en-GB', ru: 'ru-RU' };
export const localeOf = (language: string): string => LOCALE[language] ?? language;

/** Building an Intl formatter takes about a millisecond: each is built once per language and options. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n ${language} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(localeOf(language), options)));
  return format;
}
function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d ${language} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(localeOf(language), options)));
  return format;
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 2): string {
  return numberFormat(language, { maximumFractionDigits }).format(value);
}

/** A number with exactly this many decimals, for columns of means ("2,4", "4,0"). */
export function formatDecimal(value: number, language: string, digits = 1): string {
  return numberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );
}

/** A calendar date "YYYY-MM-DD" as the language writes it: 15.01.2026, 15/01/2026. */
export function formatIsoDate(iso: string, language: string): string {
  const [y, m, d] = iso.split('-');
  if (!y || !m || !d) return iso;
  return language === 'ru' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}

/** How a date is typed in this language, for placeholders and hints. */
export function datePattern(language: string): string {
  return language === 'ru' ? 'ДД.ММ.ГГГГ' : 'DD/MM/YYYY';
}

/**
 * A typed date as "YYYY-MM-DD": day first (15.01.2026, 15/01/2026, 15-1-2026) or ISO (2026-01-15).
 * Undefined when it is not a real calendar date.
 */
export function parseTypedDate(text: string): string | undefined {
  const t = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [d, m, y] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The names of the twelve months in this language, for month pickers ("январь", "January"). */
export function monthNames(language: string): string[] {
  const format = dateFormat(language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 1))));
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "2027-04" → "Q2 2027" in English, "II кв. 2027" in Russian (as Russian plans write quarters). */
export function formatQuarter(month: string, language: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3);
  return language === 'ru' ? `${ROMAN[q]} кв. ${y}` : `Q${q + 1} ${y}`;
}

/** A moment as a date in words: "15 January 2026", «15 января 2026 г.». */
export function formatDate(ms: number, language: string): string {
  return dateFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(ms);
}

/** A moment with its time, in the user's time zone: for "last edited", logs and backups. */
export function formatDateTime(ms: number, language: string): string {
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** A calendar date "YYYY-MM-DD" in words, for documents: "30 June 2027", «30 июня 2027 г.». */
export function formatDayInWords(iso: string, language: string): string {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) ? iso : formatDate(ms, language);
}
