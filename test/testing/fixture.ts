/**
 * An organisation in which every kind of event can happen: a manager (e10), three experienced
 * colleagues ready to mentor at every level (interest, tenure, competencies, training, room), and
 * six newer colleagues; and a policy that asks for the manager's approval of structured pairs.
 */
import * as E from 'fp-ts/lib/Either.js'
import { defaultPolicy, parseOrganisation } from '../../src/index.js'
import type { LevelPolicies, Organisation } from '../../src/index.js'

const ready = (id: string) => ({
  id,
  name: `Mentor ${id}`,
  teamId: 't',
  managerId: 'e10',
  startDate: '2015-01-01',
  competencies: { planning: 4, 'goal-setting': 4, didactics: 4 },
  trainings: [{ kind: 'coaching-techniques', completedOn: '2024-01-01' }],
  mentorInterest: { interested: true, source: 'performance-review', recordedOn: '2025-06-01' },
  mentorCapacity: 3,
})

const parsed = parseOrganisation(
  {
    schemaVersion: 1,
    teams: [{ id: 't', name: 'Team', managerId: 'e10' }],
    employees: [
      { id: 'e10', name: 'Manager', teamId: 't', startDate: '2010-01-01' },
      ...['e11', 'e12', 'e13'].map(ready),
      ...['e14', 'e15', 'e16', 'e17', 'e18', 'e19'].map((id) => ({ id, name: `Colleague ${id}`, teamId: 't', managerId: 'e10', startDate: '2025-09-01' })),
    ],
  },
  { asOf: '2026-01-01' },
)
if (E.isLeft(parsed)) throw new Error(JSON.stringify(parsed.left))

/** The organisation of the fixture. */
export const ORG: Organisation = parsed.right

const structured = defaultPolicy('structured')

/** Structured pairs need the manager's approval. */
export const APPROVAL: LevelPolicies = { structured: { ...structured, mentorship: { ...structured.mentorship, managerApproval: true } } }
