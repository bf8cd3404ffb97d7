/**
 * The command line's words: which command, which files, which options. Pure: `argv` and the
 * environment's language are parameters.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { parseArgs } from 'node:util'
import type { Locale } from '../i18n/locale.js'
import type { MessageCode, MessageParams } from '../i18n/messages.js'
import { FORMALITY_LEVELS, type FormalityLevel } from '../programme/formality.js'

/** Output format of every command. */
export type Format = 'table' | 'json'

/** Options every command takes. */
export interface Common {
  readonly format: Format
  readonly lang: Locale
}

/** A strategy of the `match` command. */
export type Strategy = 'optimal' | 'stable' | 'greedy'

/** What the user asked for. */
export type Invocation =
  | { readonly command: 'help'; readonly topic: CommandName | null; readonly common: Common }
  | { readonly command: 'validate'; readonly org: string; readonly asOf: string | null; readonly common: Common }
  | {
      readonly command: 'readiness'
      readonly org: string
      readonly level: FormalityLevel
      readonly asOf: string | null
      readonly common: Common
    }
  | {
      readonly command: 'match'
      readonly org: string
      readonly programme: string
      readonly strategy: Strategy
      readonly common: Common
    }
  | { readonly command: 'report'; readonly org: string; readonly events: string; readonly asOf: string | null; readonly common: Common }

/** The command names. */
export const COMMANDS = ['validate', 'readiness', 'match', 'report'] as const

/** One of {@link COMMANDS}. */
export type CommandName = (typeof COMMANDS)[number]

/** What is wrong with the command line. */
export type UsageProblem = {
  [C in Extract<MessageCode, `usage-${string}`>]: { readonly code: C; readonly params: MessageParams[C] }
}[Extract<MessageCode, `usage-${string}`>]

/** Wrong usage: exit code 2. */
export interface UsageError {
  readonly code: 'usage'
  readonly problem: UsageProblem
  readonly common: Common
}

const ARITY: Record<CommandName, number> = { validate: 1, readiness: 1, match: 2, report: 2 }

/** The default language: Dutch when `LANG` starts with `nl`, else English. */
export const langFromEnv = (lang: string | undefined): Locale => (lang?.toLowerCase().startsWith('nl') ? 'nl' : 'en')

const isCommand = (s: string | undefined): s is CommandName => COMMANDS.some((c) => c === s)
const isLevel = (s: string): s is FormalityLevel => FORMALITY_LEVELS.some((l) => l === s)
const isStrategy = (s: string): s is Strategy => STRATEGIES.some((x) => x === s)

const OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  level: { type: 'string' },
  'as-of': { type: 'string' },
  strategy: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

type Values = { readonly [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean }

const invalid = (option: string, value: string, allowed: readonly string[]): UsageProblem => ({
  code: 'usage-invalid-value',
  params: { option, value, allowed },
})

const commonOf = (values: Values, envLang: string | undefined): E.Either<UsageProblem, Common> => {
  const format = values.format ?? 'table'
  const lang = values.lang ?? langFromEnv(envLang)
  if (format !== 'table' && format !== 'json') return E.left(invalid('format', format, ['table', 'json']))
  if (lang !== 'en' && lang !== 'nl') return E.left(invalid('lang', lang, ['en', 'nl']))
  return E.right({ format, lang })
}

const tokens = (argv: readonly string[]): E.Either<UsageProblem, { values: Values; positionals: string[] }> => {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
    return E.right({ values, positionals })
  } catch (e) {
    const detail = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)
    return E.left({ code: 'usage-parse', params: { detail } })
  }
}

/** Options that only some commands take. */
const OWN_OPTIONS: Record<CommandName, readonly (keyof Values)[]> = {
  validate: ['as-of'],
  readiness: ['level', 'as-of'],
  match: ['strategy'],
  report: ['as-of'],
}

const STRATEGIES = ['optimal', 'stable', 'greedy'] as const

const build = (name: CommandName, files: readonly string[], v: Values, common: Common): E.Either<UsageProblem, Invocation> => {
  const stray = (['level', 'as-of', 'strategy'] as const).find((o) => v[o] !== undefined && !OWN_OPTIONS[name].includes(o))
  if (stray !== undefined) return E.left({ code: 'usage-option-not-taken', params: { command: name, option: stray } })
  const [a = '', b = ''] = files
  const asOf = v['as-of'] ?? null
  switch (name) {
    case 'validate':
      return E.right({ command: name, org: a, asOf, common })
    case 'readiness': {
      const level = v.level
      if (level === undefined) {
        return E.left({ code: 'usage-missing-option', params: { command: name, option: 'level', allowed: FORMALITY_LEVELS } })
      }
      if (!isLevel(level)) return E.left(invalid('level', level, FORMALITY_LEVELS))
      return E.right({ command: name, org: a, level, asOf, common })
    }
    case 'match': {
      const strategy = v.strategy ?? 'optimal'
      if (!isStrategy(strategy)) return E.left(invalid('strategy', strategy, STRATEGIES))
      return E.right({ command: name, org: a, programme: b, strategy, common })
    }
    case 'report':
      return E.right({ command: name, org: a, events: b, asOf, common })
  }
}

/**
 * Parse the command line (without `node` and the script).
 * @example
 * parseInvocation(['validate', 'org.json', '--format', 'json'], 'nl_NL.UTF-8')
 */
export const parseInvocation = (argv: readonly string[], envLang: string | undefined): E.Either<UsageError, Invocation> => {
  const fallback: Common = { format: 'table', lang: langFromEnv(envLang) }
  const usage = (problem: UsageProblem, common: Common = fallback): E.Either<UsageError, Invocation> =>
    E.left({ code: 'usage', problem, common })
  const t = tokens(argv)
  if (E.isLeft(t)) return usage(t.left)
  const { values, positionals } = t.right
  const common = commonOf(values, envLang)
  if (E.isLeft(common)) return usage(common.left)
  const [name, ...files] = positionals
  if (values.help === true || name === 'help') {
    const topic = name === 'help' ? files[0] : name
    return E.right({ command: 'help', topic: isCommand(topic) ? topic : null, common: common.right })
  }
  if (name === undefined) return usage({ code: 'usage-no-command', params: {} }, common.right)
  if (!isCommand(name)) return usage({ code: 'usage-unknown-command', params: { name } }, common.right)
  if (files.length !== ARITY[name]) {
    return usage({ code: 'usage-arity', params: { command: name, expected: ARITY[name], got: files.length } }, common.right)
  }
  const built = build(name, files, values, common.right)
  return E.isLeft(built) ? usage(built.left, common.right) : built
}
