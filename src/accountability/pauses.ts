/**
 * Pauses as intervals of days: a pause runs from the day it began up to, not including, the day
 * the pair resumed (the day of resumption is a working day again); a pause in progress has no end.
 * Paused days do not count towards the plan's rhythm, stalling or check-ins.
 * @module
 */
import { addDays, type IsoDate } from '../model/date.js'
import type { Accountability } from '../mentorship/record.js'
import type { CurrentPause } from '../mentorship/state.js'
import { daysBetween, dayOf, maxDate, minDate } from './due.js'

/**
 * Days `[from, to)`; `to` is `null` for a pause in progress.
 * @example
 * const i: DayInterval = { from: d('2026-05-01'), to: d('2026-05-15') }
 * @since 0.1.0
 */
export interface DayInterval {
  readonly from: IsoDate
  readonly to: IsoDate | null
}

/**
 * The pauses of a record, and the one in progress, as day intervals in the order they happened.
 * @example
 * pauseIntervals(record, null) // [{ from: '2026-05-01', to: '2026-05-15' }]
 * @since 0.1.0
 */
export const pauseIntervals = (record: Accountability, current: CurrentPause | null): readonly DayInterval[] => [
  ...record.pauses.map((p) => ({ from: dayOf(p.paused.at), to: dayOf(p.resumed.at) })),
  ...(current === null ? [] : [{ from: dayOf(current.at), to: null }]),
]

/**
 * Whether `day` lies in one of the pauses.
 * @example
 * inPause([{ from: d('2026-05-01'), to: d('2026-05-15') }], d('2026-05-15')) // false
 * @since 0.1.0
 */
export const inPause = (pauses: readonly DayInterval[], day: IsoDate): boolean =>
  pauses.some((p) => day >= p.from && (p.to === null || day < p.to))

/**
 * The number of days of `[from, to)` that are not paused (0 when `to` is not after `from`).
 * Overlapping pauses count once.
 * @example
 * activeDays([{ from: d('2026-03-10'), to: d('2026-03-17') }], d('2026-03-01'), d('2026-03-31')) // 23
 * @since 0.1.0
 */
export const activeDays = (pauses: readonly DayInterval[], from: IsoDate, to: IsoDate): number => {
  let active = 0
  let cursor = from
  for (const p of sorted(pauses)) {
    const pStart = maxDate(p.from, cursor)
    if (pStart >= to) break
    active += Math.max(0, daysBetween(cursor, pStart))
    if (p.to === null) return active
    cursor = maxDate(cursor, minDate(p.to, to))
  }
  return active + Math.max(0, daysBetween(cursor, to))
}

/**
 * The day on which `n` unpaused days have passed since `from` (`from` itself when `n` is 0),
 * skipping the pauses; `null` when a pause in progress comes first.
 * @example
 * addActiveDays([{ from: d('2026-03-10'), to: d('2026-03-17') }], d('2026-03-01'), 14) // '2026-03-22'
 * @since 0.1.0
 */
export const addActiveDays = (pauses: readonly DayInterval[], from: IsoDate, n: number): IsoDate | null => {
  let cursor = from
  let left = n
  for (const p of sorted(pauses)) {
    if (p.to !== null && p.to <= cursor) continue
    const gap = Math.max(0, daysBetween(cursor, p.from))
    if (gap >= left) break
    left -= gap
    if (p.to === null) return null
    cursor = maxDate(cursor, p.to)
  }
  return addDays(cursor, left)
}

/**
 * The day of the last resumption, `null` when the pair never resumed.
 * @example
 * lastResumed(record) // '2026-05-15'
 * @since 0.1.0
 */
export const lastResumed = (record: Accountability): IsoDate | null => {
  const last = record.pauses[record.pauses.length - 1]
  return last === undefined ? null : dayOf(last.resumed.at)
}

const sorted = (pauses: readonly DayInterval[]): readonly DayInterval[] =>
  [...pauses].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
