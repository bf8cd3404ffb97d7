/**
 * Moments of events: ISO dates (`2026-03-01`) or date-times with an offset
 * (`2026-03-01T09:30:00+01:00`). Pure: no clock is read.
 * @module
 */
import type { IsoDate } from '../model/date.js'

/**
 * The calendar day of a valid moment, as written (the local day of a date-time).
 * @example
 * dayOf('2026-03-01T23:30:00-05:00') // '2026-03-01'
 * @since 0.1.0
 */
export const dayOf = (at: string): IsoDate => at.slice(0, 10) as IsoDate

const isDateOnly = (at: string): boolean => at.length === 10

/**
 * Whether moment `a` lies before moment `b`: two date-times compare as instants; when either is a
 * bare date (some time that day) they compare by day.
 * @example
 * isBefore('2026-03-01', '2026-03-01T10:00:00Z') // false
 * isBefore('2026-03-01T09:00:00Z', '2026-03-01T10:00:00+02:00') // false
 * @since 0.1.0
 */
export const isBefore = (a: string, b: string): boolean =>
  isDateOnly(a) || isDateOnly(b) ? dayOf(a) < dayOf(b) : Date.parse(a) < Date.parse(b)
