/**
 * Counterexamples that read well: fast-check prints a generated log with its events and the
 * context's policies, but the organisation only as its size (it can be large, and the host knows it).
 * @module
 * @internal
 */
import fc from 'fast-check'
import type { LogContext } from '../mentorship/log.js'

const contextText = (ctx: LogContext): string =>
  `{ org: <organisation of ${ctx.org.employees.length} employees>` +
  `${ctx.policies === undefined ? '' : `, policies: ${fc.stringify(ctx.policies)}`}` +
  `${ctx.programmeManagerId === undefined ? '' : `, programmeManagerId: ${fc.stringify(ctx.programmeManagerId)}`} }`

/**
 * `value` with a hidden (non-enumerable) print method for fast-check's counterexamples: every
 * field as usual but `ctx`, whose organisation shows as its size. Equality and JSON are unchanged.
 * @example
 * printable({ events: [], ctx: { org } })
 * @since 0.1.0
 * @internal
 */
export const printable = <T extends { readonly ctx: LogContext }>(value: T): T => {
  const text = (): string =>
    `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${k === 'ctx' ? contextText(value.ctx) : fc.stringify(v)}`)
      .join(', ')} }`
  return Object.defineProperty(value, fc.toStringMethod, { value: text, enumerable: false })
}
