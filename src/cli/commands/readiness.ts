/**
 * `mentorschap readiness ORG.json --level LEVEL`: who is ready to mentor at that level, per team.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { IsoDate } from '../../model/date.js'
import { parseOrganisation } from '../../model/parse.js'
import type { FormalityLevel } from '../../programme/formality.js'
import { defaultPolicy } from '../../programme/defaults.js'
import { readinessInventory } from '../../readiness/inventory.js'
import type { Common } from '../args.js'
import { invalidInput, success, successText, type Outcome } from '../outcome.js'
import { renderInventory } from '../render-inventory.js'

/** Run the readiness inventory of `input` (the JSON of `file`) for `level` as of `asOf`. */
export const readiness = (input: unknown, file: string, level: FormalityLevel, asOf: IsoDate, common: Common): Outcome => {
  const parsed = parseOrganisation(input)
  if (E.isLeft(parsed)) return invalidInput(parsed.left.issues, common.lang, file)
  const inventory = readinessInventory(parsed.right, defaultPolicy(level), asOf)
  if (E.isLeft(inventory)) {
    const issues = inventory.left.code === 'invalid-readiness-input' ? inventory.left.issues : []
    return invalidInput(issues, common.lang, file)
  }
  return common.format === 'json'
    ? success(`${JSON.stringify(inventory.right, null, 2)}\n`)
    : successText(renderInventory(inventory.right, parsed.right, common.lang))
}
