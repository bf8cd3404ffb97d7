/**
 * `mentorschap validate ORG.json`: check an organisation file, and summarise it per team.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { IsoDate } from '../../model/date.js'
import { parseOrganisation } from '../../model/parse.js'
import { summariseOrganisation } from '../../model/summary.js'
import { render } from '../../i18n/messages.js'
import type { Common } from '../args.js'
import { invalidInput, success, successText, type Outcome } from '../outcome.js'
import { renderSummary } from '../render-summary.js'

/** Validate `input` (the parsed JSON of `file`) as of `asOf`; `strictAsOf` also refuses later start dates. */
export const validate = (input: unknown, file: string, asOf: IsoDate, strictAsOf: boolean, common: Common): Outcome => {
  const parsed = parseOrganisation(input, strictAsOf ? { asOf } : {})
  if (E.isLeft(parsed)) return invalidInput(parsed.left.issues, common.lang, file)
  const org = parsed.right
  const teams = summariseOrganisation(org, asOf)
  if (common.format === 'json') {
    return success(`${JSON.stringify({ valid: true, teams: org.teams.length, employees: org.employees.length, summary: teams }, null, 2)}\n`)
  }
  const head = render(common.lang, 'summary-valid', { teams: org.teams.length, employees: org.employees.length })
  return successText(`${head}\n\n${renderSummary(teams, common.lang)}`)
}
