/**
 * Run one command line to an {@link Outcome}. Everything the outside world provides (arguments,
 * language, standard input, today's date) is a parameter, so tests can run it in-process too.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { render } from '../i18n/messages.js'
import type { IsoDate } from '../model/date.js'
import { parseIsoDate } from '../model/date.js'
import { parseInvocation, type CommandName, type Common, type Invocation, type UsageProblem } from './args.js'
import { matchCommand, type Progress } from './commands/match.js'
import { readiness } from './commands/readiness.js'
import { report } from './commands/report.js'
import { validate } from './commands/validate.js'
import { readJson, type Sources } from './input.js'
import { inputFailure, type Outcome } from './outcome.js'

/** What the outside world gives a run. */
export interface World extends Sources {
  readonly argv: readonly string[]
  readonly lang: string | undefined
  readonly today: IsoDate
  /** Shows a progress line on a terminal while long work runs (`null` clears it). */
  readonly progress: Progress
}

const usage = (problem: UsageProblem, common: Common): Outcome => ({
  exit: 2,
  stdout: '',
  stderr: `${render(common.lang, problem.code, problem.params as never)}\n${render(common.lang, 'help-hint', {})}\n`,
})

const help = (topic: CommandName | null, common: Common): Outcome => ({
  exit: 0,
  stdout: `${render(common.lang, topic === null ? 'help-general' : `help-${topic}`, {})}\n`,
  stderr: '',
})

const dateOption = (value: string | null, today: IsoDate): E.Either<UsageProblem, IsoDate> => {
  if (value === null) return E.right(today)
  const d = parseIsoDate(value)
  return d === undefined
    ? E.left({ code: 'usage-invalid-value', params: { option: 'as-of', value, allowed: ['YYYY-MM-DD'] } })
    : E.right(d)
}

const dispatch = async (inv: Exclude<Invocation, { command: 'help' }>, world: World): Promise<Outcome> => {
  const { common } = inv
  const asOf = dateOption('asOf' in inv ? inv.asOf : null, world.today)
  if (E.isLeft(asOf)) return usage(asOf.left, common)
  const org = await readJson(inv.org, world)
  if (E.isLeft(org)) return inputFailure(org.left.code, org.left.params, common.lang)
  switch (inv.command) {
    case 'validate':
      return validate(org.right, inv.org, asOf.right, inv.asOf !== null, common)
    case 'readiness':
      return readiness(org.right, inv.org, inv.level, asOf.right, common)
    case 'report': {
      const events = await readJson(inv.events, world)
      if (E.isLeft(events)) return inputFailure(events.left.code, events.left.params, common.lang)
      return report(org.right, events.right, { org: inv.org, events: inv.events }, asOf.right, common)
    }
    case 'match': {
      const programme = await readJson(inv.programme, world)
      if (E.isLeft(programme)) return inputFailure(programme.left.code, programme.left.params, common.lang)
      const files = { org: inv.org, programme: inv.programme }
      return matchCommand({ org: org.right, programme: programme.right }, files, inv.strategy, common, world.progress)
    }
  }
}

/**
 * Run the command line described by `world`.
 * @example
 * await run({ argv: ['validate', 'org.json'], lang: 'nl_NL', today, readStdin })
 */
export const run = async (world: World): Promise<Outcome> => {
  const inv = parseInvocation(world.argv, world.lang)
  if (E.isLeft(inv)) return usage(inv.left.problem, inv.left.common)
  if (inv.right.command === 'help') return help(inv.right.topic, inv.right.common)
  return dispatch(inv.right, world)
}
