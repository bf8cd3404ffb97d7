/**
 * The boundary of events: every problem of an event as an issue with its path; never a throw.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { parseEvent } from '../../src/mentorship/parse-event.js'
import { events, FORMAL_RUNNING, MANAGER } from './fixture.js'

const VALID = events('m1', FORMAL_RUNNING)
const issuesOf = (input: unknown) => {
  const r = parseEvent(input)
  return E.isLeft(r) ? r.left.map((i) => [i.code, i.path.join('.')]) : []
}
const observe = { v: 1, mentorshipId: 'm1', seq: 1, type: 'observe', at: '2026-03-01', actor: MANAGER, mentorId: 'e12', menteeId: 'e15' }

describe('parseEvent', () => {
  it('accepts every event of a valid log, unchanged', () => {
    for (const e of VALID) expect(parseEvent(e)).toEqual(E.right(e))
  })

  it('reports every problem at once, each with its path', () => {
    const { menteeId: _m, ...noMentee } = observe
    expect(issuesOf({ ...noMentee, v: 2, seq: 0, at: '2026-02-30', actor: { role: 'boss' }, colour: 'red' })).toEqual([
      ['event-invalid-option', 'v'],
      ['event-too-small', 'seq'],
      ['event-invalid-moment', 'at'],
      ['event-invalid-option', 'actor.role'],
      ['event-missing-field', 'menteeId'],
      ['event-unknown-field', 'colour'],
    ])
  })

  it('names a wrong type, an empty id, a value out of range and an invalid date inside lists', () => {
    expect(issuesOf({ ...observe, mentorId: '', menteeId: 7 })).toEqual([
      ['event-empty-text', 'mentorId'],
      ['event-invalid-type', 'menteeId'],
    ])
    const outcome = { ...observe, type: 'record-outcome', subject: 'mentee', measure: 'coaching', value: 6 }
    const { mentorId: _a, menteeId: _b, ...rest } = outcome
    expect(issuesOf(rest)).toEqual([
      ['event-invalid-option', 'measure'],
      ['event-invalid-option', 'value'],
    ])
    const goals = { ...VALID[3], goals: [{ id: 'g1', description: 'd', successCriteria: 's', targetDate: '2026-13-01' }] }
    expect(issuesOf(goals)).toEqual([['event-invalid-date', 'goals.0.targetDate']])
  })

  it('an unknown type or a non-object is one issue', () => {
    expect(issuesOf({ ...observe, type: 'hug' })).toEqual([['event-unknown-type', 'type']])
    for (const x of [null, 3, 'e', []]) expect(issuesOf(x)).toEqual([['event-not-object', '']])
  })

  it('accepts date-times with an offset, refuses them without', () => {
    expect(E.isRight(parseEvent({ ...observe, at: '2026-03-01T09:30:00+01:00' }))).toBe(true)
    expect(E.isRight(parseEvent({ ...observe, at: '2026-03-01T09:30:00Z' }))).toBe(true)
    expect(issuesOf({ ...observe, at: '2026-03-01T09:30:00' })).toEqual([['event-invalid-moment', 'at']])
  })

  it('never throws, on any JSON value or on any valid event with one field replaced or removed', () => {
    fc.assert(fc.property(fc.anything(), (x) => void parseEvent(x)))
    const arbMutant = fc.tuple(fc.constantFrom(...VALID), fc.string(), fc.option(fc.jsonValue())).map(([e, key, value]) => {
      const keys = Object.keys(e)
      const k = keys[key.length % keys.length] ?? 'type'
      const { [k]: _gone, ...rest } = e
      return value === null ? rest : { ...rest, [k]: value }
    })
    fc.assert(
      fc.property(arbMutant, (m) => {
        const r = parseEvent(m)
        // a mutant that parses is a valid event: it parses to itself
        if (E.isRight(r)) expect(parseEvent(r.right)).toEqual(r)
        else expect(r.left.length).toBeGreaterThan(0)
      }),
    )
  })
})
