/**
 * The problems the solvers report, their parameters and their English texts. The solve module
 * imports nothing else of the library, so its English texts live here; `src/i18n/sections/solve.ts`
 * reuses them and adds the Dutch ones.
 * @module
 */

/**
 * The parameters of each solver problem, by code.
 * @example
 * const p: SolveParams['solve-ragged-row'] = { row: 2, length: 3, expected: 4 }
 * @since 0.1.0
 */
export interface SolveParams {
  'invalid-solve-input': { readonly count: number }
  'solve-invalid-matrix': { readonly received: string }
  'solve-ragged-row': { readonly row: number; readonly length: number; readonly expected: number }
  'solve-invalid-cost': { readonly received: string }
  'solve-wrong-infinity': { readonly value: string; readonly maximize: boolean }
  'solve-invalid-count': { readonly name: string; readonly received: string }
  'solve-invalid-data': { readonly received: string }
  'solve-wrong-length': { readonly name: string; readonly expected: number; readonly actual: number }
  'solve-invalid-options': { readonly received: string }
  'solve-invalid-problem': { readonly received: string }
  'solve-invalid-flag': { readonly name: string; readonly received: string }
  'solve-invalid-list': { readonly name: string; readonly received: string }
  'solve-invalid-capacity': { readonly received: string }
  'solve-invalid-candidate': { readonly received: string }
  'solve-invalid-index': { readonly name: string; readonly received: string; readonly size: number }
  'solve-invalid-offset': { readonly at: number; readonly received: string; readonly size: number; readonly last: boolean }
  'solve-duplicate': { readonly name: string; readonly value: number; readonly first: number }
  'solve-too-large': { readonly name: string; readonly size: number; readonly limit: number }
  'solve-more-issues': { readonly omitted: number }
}

/**
 * A solver problem code.
 * @example
 * const c: SolveCode = 'solve-duplicate'
 * @since 0.1.0
 */
export type SolveCode = keyof SolveParams

/**
 * One renderer per solver problem code.
 * @example
 * const m: SolveMessages = SOLVE_EN
 * @since 0.1.0
 */
export type SolveMessages = { readonly [K in SolveCode]: (params: SolveParams[K]) => string }

const KINDS_EN: Readonly<Record<string, string>> = {
  array: 'an array',
  'typed-array': 'a typed array',
  string: 'a string',
  object: 'an object',
  boolean: 'a boolean',
  function: 'a function',
  bigint: 'a bigint',
  symbol: 'a symbol',
}

/**
 * A value kind from the `received` parameter in English words (numbers stay as they are).
 * @example
 * kindEn('array') // 'an array'
 * kindEn('NaN') // 'NaN'
 * @since 0.1.0
 */
export const kindEn = (received: string): string =>
  Object.hasOwn(KINDS_EN, received) ? (KINDS_EN[received] ?? received) : received

/**
 * The English texts of the solver problems.
 * @example
 * SOLVE_EN['solve-ragged-row']({ row: 2, length: 3, expected: 4 })
 * // 'Row 2 has 3 costs; row 0 has 4.'
 * @since 0.1.0
 */
export const SOLVE_EN: SolveMessages = {
  'invalid-solve-input': (p) => `The solver input has ${p.count} problem${p.count === 1 ? '' : 's'}.`,
  'solve-invalid-matrix': (p) =>
    `Expected the costs as an array of rows or as { rows, cols, data }, received ${kindEn(p.received)}.`,
  'solve-ragged-row': (p) => `Row ${p.row} has ${p.length} costs; row 0 has ${p.expected}.`,
  'solve-invalid-cost': (p) => `A cost must be a number, received ${kindEn(p.received)}.`,
  'solve-wrong-infinity': (p) =>
    `A cost of ${p.value} is not allowed when ${p.maximize ? 'maximising' : 'minimising'}; ` +
    `use ${p.maximize ? '-Infinity' : 'Infinity'} to forbid a cell.`,
  'solve-invalid-count': (p) =>
    `The number of ${p.name} must be a whole number of at least 0, received ${kindEn(p.received)}.`,
  'solve-invalid-data': (p) => `Expected data to be a Float64Array, received ${kindEn(p.received)}.`,
  'solve-wrong-length': (p) => `Expected ${p.name} to have ${p.expected} entries, it has ${p.actual}.`,
  'solve-invalid-options': (p) => `The options must be an object, received ${kindEn(p.received)}.`,
  'solve-invalid-problem': (p) =>
    `The problem must be an object { proposers, receivers, proposerPrefs, receiverPrefs }, received ${kindEn(p.received)}.`,
  'solve-invalid-flag': (p) => `The option ${p.name} must be true or false, received ${kindEn(p.received)}.`,
  'solve-invalid-list': (p) => `Expected ${p.name} to be an array, received ${kindEn(p.received)}.`,
  'solve-invalid-capacity': (p) => `A capacity must be a whole number of at least 0, received ${kindEn(p.received)}.`,
  'solve-invalid-candidate': (p) => `A candidate must be a pair [column, cost], received ${kindEn(p.received)}.`,
  'solve-invalid-index': (p) =>
    p.size === 0
      ? `There is no ${p.name} to refer to, received ${kindEn(p.received)}.`
      : `${/^[aeiou]/.test(p.name) ? 'An' : 'A'} ${p.name} must be a whole number from 0 to ${p.size - 1}, received ${kindEn(p.received)}.`,
  'solve-invalid-offset': (p) =>
    p.at === 0
      ? `The first offset must be 0, received ${kindEn(p.received)}.`
      : p.last
        ? `The last offset must be ${p.size}, the number of candidates, received ${kindEn(p.received)}.`
        : `Offset ${p.at} must be a whole number from the offset before it to ${p.size}, received ${kindEn(p.received)}.`,
  'solve-duplicate': (p) => `The ${p.name} ${p.value} appears twice in the list (first at position ${p.first}).`,
  'solve-too-large': (p) => `The number of ${p.name} is ${p.size}, more than the solvers handle (${p.limit}).`,
  'solve-more-issues': (p) => `${p.omitted} more problem${p.omitted === 1 ? '' : 's'} not listed.`,
}
