/**
 * Solver errors as data: a list of problems, each with a code, the path into the input, its
 * figures and an English message.
 * @module
 */
import { SOLVE_EN, type SolveCode, type SolveParams } from './messages.js'

/**
 * One problem with the input of a solver: kebab-case `code`, `path` into the arguments (the first
 * key names the argument, such as `costs` or `options`), the figures in `params`, the English
 * `message`. Structurally an `Issue` of the main module.
 * @example
 * const i: SolveIssue = { code: 'solve-invalid-cost', path: ['costs', 1, 2],
 *   params: { received: 'NaN' }, message: 'A cost must be a number, received NaN.' }
 * @since 0.1.0
 */
export interface SolveIssue<C extends SolveCode = SolveCode> {
  readonly code: C
  readonly path: readonly (string | number)[]
  readonly params: SolveParams[C]
  readonly message: string
}

/**
 * The error of every solver: the input was not valid. Lists every problem found (at most
 * {@link MAX_ISSUES}, then one `solve-more-issues`).
 * @example
 * const e: SolveError = { code: 'invalid-solve-input', issues: [],
 *   message: 'The solver input has 0 problems.' }
 * @since 0.1.0
 */
export interface SolveError {
  readonly code: 'invalid-solve-input'
  readonly issues: readonly SolveIssue[]
  readonly message: string
}

/**
 * How many problems a solver error lists before it only counts the rest.
 * @example
 * MAX_ISSUES // 100
 * @since 0.1.0
 */
export const MAX_ISSUES = 100

/** @internal Make one problem with its English message. */
export const solveIssue = <C extends SolveCode>(
  code: C,
  path: readonly (string | number)[],
  params: SolveParams[C],
): SolveIssue<C> => ({
  code,
  path,
  params,
  message: (SOLVE_EN[code] as (p: SolveParams[C]) => string)(params),
})

/** @internal Collects problems, keeping the first {@link MAX_ISSUES} and counting the rest. */
export interface Issues {
  readonly list: SolveIssue[]
  omitted: number
}

/** @internal An empty collector. */
export const issues = (): Issues => ({ list: [], omitted: 0 })

/** @internal Add a problem to `into`. */
export const report = <C extends SolveCode>(
  into: Issues,
  code: C,
  path: readonly (string | number)[],
  params: SolveParams[C],
): void => {
  if (into.list.length < MAX_ISSUES) into.list.push(solveIssue(code, path, params) as SolveIssue)
  else into.omitted++
}

/** @internal Whether the collector holds any problem. */
export const hasIssues = (found: Issues): boolean => found.list.length > 0

/** @internal The error for the collected problems. */
export const solveError = (found: Issues): SolveError => {
  const list: SolveIssue[] =
    found.omitted > 0 ? [...found.list, solveIssue('solve-more-issues', [], { omitted: found.omitted })] : found.list
  const count = found.list.length + found.omitted
  return { code: 'invalid-solve-input', issues: list, message: SOLVE_EN['invalid-solve-input']({ count }) }
}

/**
 * @internal What a value is, for a message: a number as its text (`NaN`, `-1.5`, `Infinity`),
 * anything else as its kind (`array`, `string`, `object`, `null`, `undefined`, `boolean`, ...);
 * the messages put kinds into words per language.
 */
export const describe = (x: unknown): string => {
  if (typeof x === 'number') return String(x)
  if (x === null) return 'null'
  if (Array.isArray(x)) return 'array'
  if (ArrayBuffer.isView(x)) return 'typed-array'
  return typeof x
}
