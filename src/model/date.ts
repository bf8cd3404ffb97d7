/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, and whole-year tenure. Pure: no clock is read here;
 * every "today" is a parameter.
 * @module
 */

/**
 * A real calendar date in ISO `YYYY-MM-DD` form. ISO dates compare correctly as strings.
 * @example
 * const d = parseIsoDate('2024-02-29') // IsoDate
 * @since 0.1.0
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' }

/**
 * Whether `y` is a leap year in the proleptic Gregorian calendar.
 * @example
 * isLeapYear(2024) // true
 * @since 0.1.0
 */
export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/**
 * The number of days in month `m` (1..12) of year `y`.
 * @example
 * daysInMonth(2023, 2) // 28
 * @since 0.1.0
 */
export const daysInMonth = (y: number, m: number): number =>
  m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 31)

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** The number written by the ASCII digits `s[from..to)`, or -1 when one of them is not a digit. */
const digits = (s: string, from: number, to: number): number => {
  let n = 0
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

/**
 * The date `s` as an {@link IsoDate}, or `undefined` when it is not a real calendar date
 * (`2021-02-30`, `2021-13-01` and `21-1-1` are not).
 * @example
 * parseIsoDate('2021-02-30') // undefined
 * @since 0.1.0
 */
export const parseIsoDate = (s: string): IsoDate | undefined => {
  // By hand rather than with a regular expression: parsers call this for every date of large
  // inputs, and this allocates nothing.
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined
  const y = digits(s, 0, 4)
  const mo = digits(s, 5, 7)
  const d = digits(s, 8, 10)
  return y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? (s as IsoDate) : undefined
}

/** @internal Split a valid ISO date into its parts. */
export const dateParts = (d: IsoDate): readonly [number, number, number] => [
  Number(d.slice(0, 4)),
  Number(d.slice(5, 7)),
  Number(d.slice(8, 10)),
]

const pad = (n: number, w: number): string => String(n).padStart(w, '0')

/** @internal Format parts (already valid) as an ISO date. */
export const formatDate = (y: number, m: number, d: number): IsoDate =>
  `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` as IsoDate

/**
 * The `n`-th anniversary of `date`: the same month and day `n` years later, where 29 February
 * falls on 1 March in a year that has none.
 * @example
 * anniversary(parseIsoDate('2020-02-29')!, 1) // '2021-03-01'
 * @since 0.1.0
 */
export const anniversary = (date: IsoDate, n: number): IsoDate => {
  const [y, m, d] = dateParts(date)
  const year = y + n
  return m === 2 && d === 29 && !isLeapYear(year) ? formatDate(year, 3, 1) : formatDate(year, m, d)
}

/**
 * Whole calendar years from `from` to `asOf`: someone reaches N years on the N-th
 * {@link anniversary}. Zero when `asOf` precedes `from`.
 * @example
 * wholeYears(parseIsoDate('2019-03-01')!, parseIsoDate('2021-02-28')!) // 1
 * @since 0.1.0
 */
export const wholeYears = (from: IsoDate, asOf: IsoDate): number => {
  if (asOf < from) return 0
  const guess = dateParts(asOf)[0] - dateParts(from)[0]
  return anniversary(from, guess) <= asOf ? guess : guess - 1
}

/**
 * Days since 1970-01-01 (UTC) of a date: a day number to subtract and add with.
 * @example
 * dayNumber(parseIsoDate('1970-01-02')!) // 1
 * @since 0.1.0
 */
export const dayNumber = (d: IsoDate): number => {
  const [y, m, day] = dateParts(d)
  return Math.round(Date.UTC(y, m - 1, day) / 86_400_000)
}

/**
 * The date of a {@link dayNumber}.
 * @example
 * fromDayNumber(1) // '1970-01-02'
 * @since 0.1.0
 */
export const fromDayNumber = (n: number): IsoDate => {
  const t = new Date(n * 86_400_000)
  return formatDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

/**
 * `date` plus `days` days (negative to go back).
 * @example
 * addDays(parseIsoDate('2024-02-28')!, 2) // '2024-03-01'
 * @since 0.1.0
 */
export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(dayNumber(date) + days)

/**
 * `date` plus `months` calendar months, clamped to the end of a shorter month.
 * @example
 * addMonths(parseIsoDate('2024-01-31')!, 1) // '2024-02-29'
 * @since 0.1.0
 */
export const addMonths = (date: IsoDate, months: number): IsoDate => {
  const [y, m, d] = dateParts(date)
  const total = y * 12 + (m - 1) + months
  const ny = Math.floor(total / 12)
  const nm = total - ny * 12 + 1
  return formatDate(ny, nm, Math.min(d, daysInMonth(ny, nm)))
}
