/**
 * The invalid event-log arbitrary of `mentorschap/testing`: every log fails `replay` with exactly
 * its tagged code at its tagged index, the events before that index replay, and `apply` refuses
 * the bad event with the same code.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { apply, replay, type MentorshipLog } from '../../src/index.js'
import { arbInvalidEventLog, arbParsedOrganisation, INVALID_EVENT_KINDS, type InvalidEventLog } from '../../src/testing/index.js'
import { APPROVAL, ORG } from './fixture.js'

const failsAsTagged = ({ events, ctx, expected }: InvalidEventLog): void => {
  const r = replay(events, ctx)
  expect(E.isLeft(r) && { code: r.left.code, index: r.left.index }).toEqual({ code: expected.code, index: expected.index })
  if (E.isLeft(r) && expected.failed !== undefined) expect(r.left.issues.map((i) => i.code)).toContain(expected.failed)
  if (E.isLeft(r)) expect(r.left.issues.every((i) => i.path[0] === expected.index)).toBe(true)
  expect(E.isRight(replay(events.slice(0, expected.index), ctx))).toBe(true)
}

describe('arbInvalidEventLog', () => {
  it('every invalid log gives exactly its tagged code at its tagged index, and the events before it replay', () => {
    fc.assert(fc.property(arbInvalidEventLog(ORG, { policies: APPROVAL }), failsAsTagged), { numRuns: 150 })
  })

  it('the same holds on random organisations', () => {
    fc.assert(
      fc.property(arbParsedOrganisation({ minEmployees: 3 }).chain((org) => arbInvalidEventLog(org)), failsAsTagged),
      { numRuns: 60 },
    )
  })

  it('gives only the kinds asked for, each with its code', () => {
    fc.assert(
      fc.property(
        fc.subarray([...INVALID_EVENT_KINDS], { minLength: 1 }).chain((kinds) => arbInvalidEventLog(ORG, { kinds }).map((bad) => [kinds, bad] as const)),
        ([kinds, bad]) => {
          expect(kinds).toContain(bad.kind)
          expect(bad.expected.code).toBe(bad.kind)
          failsAsTagged(bad)
        },
      ),
      { numRuns: 100 },
    )
  })

  it('apply refuses the bad event with the same code, after the events before it', () => {
    fc.assert(
      fc.property(arbInvalidEventLog(ORG), ({ events, ctx, expected }) => {
        let log: MentorshipLog = { mentorships: {} }
        for (const e of events.slice(0, expected.index)) {
          const next = apply(log, e, ctx)
          if (E.isLeft(next)) throw new Error(`a valid event was refused: ${next.left.code}`)
          log = next.right
        }
        const bad = apply(log, events[expected.index], ctx)
        expect(E.isLeft(bad) && bad.left.code).toBe(expected.code)
      }),
      { numRuns: 100 },
    )
  })
})
