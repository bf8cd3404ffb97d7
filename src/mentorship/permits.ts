/**
 * Whether a person really holds their role for this pair: the mentor and mentee act for
 * themselves only, a manager for the pairs of their own direct reports (or as the programme's
 * manager), HR for every pair, the system only for what time causes.
 * @module
 */
import { match } from 'ts-pattern'
import type { Actor } from '../machine/actor.js'
import { employeeId } from '../model/ids.js'
import type { Organisation } from '../model/organisation.js'
import type { MentorshipContext } from './context.js'

/** The two people of a pair, as plain ids. */
interface Pair {
  readonly mentorId: string
  readonly menteeId: string
}

const managerOf = (org: Organisation, id: string): string | null => org.index.employeeById.get(employeeId(id))?.managerId ?? null

/**
 * Whether `managerId` manages the mentor or the mentee directly, or is the programme's manager.
 * @example
 * managesPair({ org, programmeManagerId: 'e00' }, 'e10', { mentorId: 'e11', menteeId: 'e14' }) // true
 * @since 0.1.0
 */
export const managesPair = (ctx: Pick<MentorshipContext, 'org' | 'programmeManagerId'>, managerId: string, pair: Pair): boolean =>
  managerId === ctx.programmeManagerId ||
  managerOf(ctx.org, pair.mentorId) === managerId ||
  managerOf(ctx.org, pair.menteeId) === managerId

/**
 * Whether `actor` holds their role for `pair`: see the module description.
 * @example
 * actsForPair({ role: 'mentee', employeeId: 'e14' }, { mentorId: 'e11', menteeId: 'e14' }, ctx) // true
 * actsForPair({ role: 'mentor', employeeId: 'e14' }, { mentorId: 'e11', menteeId: 'e14' }, ctx) // false
 * @since 0.1.0
 */
export const actsForPair = (actor: Actor, pair: Pair, ctx: MentorshipContext): boolean =>
  match(actor)
    .with({ role: 'mentor' }, (a) => a.employeeId === pair.mentorId)
    .with({ role: 'mentee' }, (a) => a.employeeId === pair.menteeId)
    .with({ role: 'manager' }, (a) => managesPair(ctx, a.employeeId, pair))
    .with({ role: 'hr' }, { role: 'system' }, () => true)
    .exhaustive()
