/**
 * `mentorschap report ORG.json EVENTS.json`: rebuild the mentorships of an event log and print the
 * programme report a manager sees.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { explainProgrammeReport } from '../../accountability/explain.js'
import { programmeReport } from '../../accountability/report.js'
import { issue } from '../../errors/issue.js'
import type { IsoDate } from '../../model/date.js'
import { parseOrganisation } from '../../model/parse.js'
import { replay } from '../../mentorship/log.js'
import { defaultPolicy } from '../../programme/defaults.js'
import type { Common } from '../args.js'
import { invalidInput, success, successText, type Outcome } from '../outcome.js'

/** The programme report of the event log `events` over the organisation `org` on `asOf`. */
export const report = (
  org: unknown,
  events: unknown,
  files: { readonly org: string; readonly events: string },
  asOf: IsoDate,
  common: Common,
): Outcome => {
  const parsed = parseOrganisation(org)
  if (E.isLeft(parsed)) return invalidInput(parsed.left.issues, common.lang, files.org)
  const log = replay(events, { org: parsed.right })
  if (E.isLeft(log)) return invalidInput(log.left.issues, common.lang, files.events)
  // Each mentorship is judged by the default policy of its own formality level.
  const result = programmeReport(parsed.right, log.right.mentorships, defaultPolicy('formal'), asOf)
  if (E.isLeft(result)) {
    const issues =
      result.left.code === 'unknown-employee' ? [issue('unknown-employee', [], { id: result.left.id })] : result.left.issues
    return invalidInput(issues, common.lang, files.events)
  }
  return common.format === 'json'
    ? success(`${JSON.stringify(result.right, null, 2)}\n`)
    : successText(explainProgrammeReport(result.right, common.lang))
}
