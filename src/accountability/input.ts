/**
 * Checking the day and the options the accountability functions are given: every problem at once,
 * as issues with their paths. No throw on any input.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { issue, type Issue, type Path } from '../errors/issue.js'
import { parseIsoDate, type IsoDate } from '../model/date.js'
import { preview } from '../programme/preview.js'

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * The day of `value` when it is an ISO date (`2026-04-13`) or an ISO date-time with an offset
 * (`2026-04-13T09:00:00+02:00`: its written day, `2026-04-13`); an issue at `path` otherwise.
 * @example
 * checkDay('2026-02-30', ['now']) // Left([{ code: 'accountability-invalid-date', path: ['now'], ... }])
 * @since 0.1.0
 */
export const checkDay = (value: unknown, path: Path): E.Either<readonly Issue[], IsoDate> => {
  const bad = E.left([issue('accountability-invalid-date', path, { value: preview(value) })])
  if (typeof value !== 'string') return bad
  const m = DATE_TIME.exec(value)
  const day = parseIsoDate(m === null ? value : (m[1] ?? ''))
  return day === undefined || (m !== null && Number.isNaN(Date.parse(value))) ? bad : E.right(day)
}

/**
 * An optional whole number of days (0..3650) at `path`, or its default.
 * @example
 * checkDays(undefined, 14, ['options', 'reviewWithinDays']) // Right(14)
 * @since 0.1.0
 */
export const checkDays = (value: unknown, fallback: number, path: Path): E.Either<readonly Issue[], number> =>
  value === undefined
    ? E.right(fallback)
    : typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= 3650
      ? E.right(value)
      : E.left([issue('accountability-invalid-days', path, { value: preview(value) })])

/**
 * The issues of a list of checks (empty when all passed).
 * @example
 * issuesOf([E.right(1), E.left([i])]) // [i]
 * @since 0.1.0
 */
export const issuesOf = (checks: readonly E.Either<readonly Issue[], unknown>[]): readonly Issue[] =>
  checks.flatMap((c) => (E.isLeft(c) ? c.left : []))
