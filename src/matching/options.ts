/**
 * The options of `match`, checked: they come from the host's code or a command line, so a bad one
 * is a `Left` with its path, never a throw.
 * @module
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import { issue, type Issue } from '../errors/issue.js'
import { MATCH_STRATEGIES, type MatchStrategy } from './matching.js'

/**
 * Checked options with their defaults.
 * @example
 * const s: Settings = { strategy: 'optimal', loadBalance: 0 }
 * @internal
 */
export interface Settings {
  readonly strategy: MatchStrategy
  readonly loadBalance: number
}

const KEYS = ['strategy', 'loadBalance'] as const

const describe = (x: unknown): string => {
  if (typeof x === 'string') return JSON.stringify(x)
  if (typeof x === 'number' || typeof x === 'boolean' || x === null || x === undefined) return String(x)
  return Array.isArray(x) ? 'array' : typeof x
}

const isStrategy = (x: unknown): x is MatchStrategy => typeof x === 'string' && (MATCH_STRATEGIES as readonly string[]).includes(x)

/**
 * Check the options of `match` (undefined means every default); every problem at once.
 * @example
 * readSettings({ strategy: 'greedy' }) // Right({ strategy: 'greedy', loadBalance: 0 })
 * @internal
 */
export const readSettings = (raw: unknown): E.Either<readonly Issue[], Settings> => {
  if (raw === undefined) return E.right({ strategy: 'optimal', loadBalance: 0 })
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return E.left([issue('match-invalid-options', ['options'], { received: describe(raw) })])
  }
  const record = raw as Readonly<Record<string, unknown>>
  const found: Issue[] = Object.keys(record)
    .filter((k) => !(KEYS as readonly string[]).includes(k))
    .map((key) => issue('match-unknown-option', ['options', key], { key, allowed: KEYS }))
  const s = record['strategy']
  const strategy = s === undefined ? 'optimal' : isStrategy(s) ? s : undefined
  if (strategy === undefined) {
    found.push(issue('match-invalid-strategy', ['options', 'strategy'], { received: describe(s), allowed: MATCH_STRATEGIES }))
  }
  const l = record['loadBalance']
  const loadBalance = l === undefined ? 0 : typeof l === 'number' && Number.isFinite(l) && l >= 0 ? l : undefined
  if (loadBalance === undefined) found.push(issue('match-invalid-load-balance', ['options', 'loadBalance'], { received: describe(l) }))
  else if (strategy === 'stable' && loadBalance > 0) {
    found.push(issue('match-load-balance-with-stable', ['options', 'loadBalance'], { loadBalance }))
  }
  if (found.length > 0 || strategy === undefined || loadBalance === undefined) return E.left(found)
  return E.right({ strategy, loadBalance: loadBalance + 0 })
}
