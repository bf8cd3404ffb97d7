/**
 * Every export of the public entry points (`mentorschap`, `mentorschap/solve`,
 * `mentorschap/testing`) has TSDoc with a summary, an `@example` and `@since`, and every
 * `@example` compiles as a module of its own against the public API, with the project's strict
 * compiler options (see `tsdoc-check.ts`; the fixtures examples may use are in
 * `tsdoc-fixtures.ts`). Every problem is listed at once, with its file and line.
 */
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkTsdoc, formatFailure, type TsdocReport } from './tsdoc-check.js'
import { FIXTURES } from './tsdoc-fixtures.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The public entry points, as `package.json` exports them. */
const ENTRIES = [
  { file: 'src/index.ts', specifier: 'mentorschap' },
  { file: 'src/solve/index.ts', specifier: 'mentorschap/solve' },
  { file: 'src/testing/index.ts', specifier: 'mentorschap/testing' },
] as const

describe('TSDoc of the public API', () => {
  let report: TsdocReport
  beforeAll(() => {
    report = checkTsdoc({ root, entries: ENTRIES, fixtures: FIXTURES })
  }, 180_000)

  it('finds the exports of every entry point and their examples', () => {
    for (const entry of ENTRIES) expect(report.exports.some((e) => e.entry.specifier === entry.specifier), entry.file).toBe(true)
    expect(report.examples).toBeGreaterThan(0)
  })

  it('every export has TSDoc with a summary, an @example and @since', () => {
    expect(report.problems.join('\n')).toBe('')
  })

  it('every @example compiles against the public API', () => {
    const text = report.failures.map(formatFailure).join('\n')
    expect(`${report.failures.length} of ${report.examples} examples fail\n${text}`).toBe(`0 of ${report.examples} examples fail\n`)
  })
})
