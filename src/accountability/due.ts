/**
 * Due dates and the one rule of time the accountability module uses everywhere: something due ON a
 * date is `due` up to and including that date, and `overdue` from the day after. Pure date
 * arithmetic on ISO dates; "today" is always a parameter.
 * @module
 */
import { addDays, dayNumber, type IsoDate } from '../model/date.js'

/**
 * Where an item with a due date stands on a day: `due` up to and including its due date,
 * `overdue` from the day after.
 * @example
 * const s: DueState = 'overdue'
 * @since 0.1.0
 */
export type DueState = 'due' | 'overdue'

/**
 * The state of an item due on `dueOn`, on day `today`: `due` when `today <= dueOn`, `overdue` when
 * `today > dueOn` (the day after the due date is the first overdue day).
 * @example
 * dueState(d('2026-04-13'), d('2026-04-13')) // 'due'
 * dueState(d('2026-04-13'), d('2026-04-14')) // 'overdue'
 * @since 0.1.0
 */
export const dueState = (dueOn: IsoDate, today: IsoDate): DueState => (today > dueOn ? 'overdue' : 'due')

/**
 * Days `today` lies after `dueOn` (0 when not after).
 * @example
 * daysOverdue(d('2026-04-13'), d('2026-04-16')) // 3
 * @since 0.1.0
 */
export const daysOverdue = (dueOn: IsoDate, today: IsoDate): number => Math.max(0, dayNumber(today) - dayNumber(dueOn))

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example
 * daysBetween(d('2026-03-01'), d('2026-03-22')) // 21
 * @since 0.1.0
 */
export const daysBetween = (from: IsoDate, to: IsoDate): number => dayNumber(to) - dayNumber(from)

/**
 * The end of period `n` (1, 2, ...) of `weeks` weeks counted from `start`: `start + n × weeks`
 * weeks. A period runs from the day after the previous end (from `start` itself for the first) up
 * to and including its end, and what belongs to it is due on that end day.
 * @example
 * periodEnd(d('2026-03-02'), 6, 1) // '2026-04-13'
 * @since 0.1.0
 */
export const periodEnd = (start: IsoDate, weeks: number, n: number): IsoDate => addDays(start, n * weeks * 7)

/**
 * The period (1, 2, ...) of `weeks` weeks from `start` that day `today` falls in, by
 * {@link periodEnd}: 1 up to and including the first end, 2 from the day after, and so on; 0
 * before `start`.
 * @example
 * periodOf(d('2026-03-02'), 6, d('2026-04-13')) // 1
 * periodOf(d('2026-03-02'), 6, d('2026-04-14')) // 2
 * @since 0.1.0
 */
export const periodOf = (start: IsoDate, weeks: number, today: IsoDate): number => {
  const days = daysBetween(start, today)
  if (days < 0) return 0
  return days === 0 ? 1 : Math.ceil(days / (weeks * 7))
}

/**
 * The earlier of two dates.
 * @example
 * minDate(d('2026-01-02'), d('2026-01-01')) // '2026-01-01'
 * @since 0.1.0
 */
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b)

/**
 * The later of two dates.
 * @example
 * maxDate(d('2026-01-02'), d('2026-01-01')) // '2026-01-02'
 * @since 0.1.0
 */
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b)

/**
 * The day of a moment: the date part of an ISO date or date-time (`2026-03-02T09:00:00+01:00` is
 * day `2026-03-02`, the local date the host wrote).
 * @example
 * dayOf('2026-03-02T09:00:00+01:00') // '2026-03-02'
 * @since 0.1.0
 */
export const dayOf = (moment: string): IsoDate => moment.slice(0, 10) as IsoDate
