/**
 * `mentorschap match ORG.json PROGRAMME.json`: propose who mentors whom, with the reasons.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { render } from '../../i18n/messages.js'
import { match } from '../../matching/match.js'
import { parseOrganisation } from '../../model/parse.js'
import { parseProgramme } from '../../programme/parse-programme.js'
import type { Common, Strategy } from '../args.js'
import { invalidInput, success, successText, type Outcome } from '../outcome.js'
import { renderMatching } from '../render-matching.js'

/** Pairs to score above which a progress line is worth showing (about a second of work). */
const PROGRESS_PAIRS = 250_000

/** Where the command may report progress: a line while it works, `null` to clear it. */
export type Progress = (line: string | null) => void

/** Match the programme `programme` (JSON) over the organisation `org` (JSON) with `strategy`. */
export const matchCommand = (
  input: { readonly org: unknown; readonly programme: unknown },
  files: { readonly org: string; readonly programme: string },
  strategy: Strategy,
  common: Common,
  progress: Progress,
): Outcome => {
  const org = parseOrganisation(input.org)
  if (E.isLeft(org)) return invalidInput(org.left.issues, common.lang, files.org)
  const programme = parseProgramme(input.programme, org.right)
  if (E.isLeft(programme)) return invalidInput(programme.left.issues, common.lang, files.programme)
  const { mentees, mentors } = programme.right
  const big = mentees.length * mentors.length >= PROGRESS_PAIRS
  if (big) progress(render(common.lang, 'match-progress', { mentees: mentees.length, mentors: mentors.length }))
  const result = match(org.right, programme.right, { strategy })
  if (big) progress(null)
  if (E.isLeft(result)) {
    const issues = 'issues' in result.left ? result.left.issues : []
    return invalidInput(issues, common.lang, files.programme)
  }
  return common.format === 'json'
    ? success(`${JSON.stringify(result.right, null, 2)}\n`)
    : successText(renderMatching(result.right, org.right, common.lang))
}
