/**
 * Event logs: replay names the index of the first bad event; version conflicts and events out of
 * order are refused so that a host can retry.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { apply, replay } from '../../src/mentorship/log.js'
import { events, FORMAL_RUNNING, logOf, MANAGER, MENTEE, MENTOR, org, PROPOSED } from './fixture.js'

/** Two mentorships interleaved: m1 runs formally, m2 (e11 mentors e17) is proposed and accepted. */
const m1 = events('m1', FORMAL_RUNNING)
const m2 = events('m2', [
  ['2026-03-05', MANAGER, 'propose', { mentorId: 'e11', menteeId: 'e17', formality: 'structured' }],
  ['2026-03-06', { role: 'mentor', employeeId: 'e11' }, 'accept'],
  ['2026-03-07', { role: 'mentee', employeeId: 'e17' }, 'accept'],
])
const LOG: readonly Record<string, unknown>[] = [...m1.slice(0, 2), ...m2, ...m1.slice(2)]

/** Ways to break event `e` so that it cannot be appended whatever came before. */
const CORRUPTIONS: Record<string, (e: Record<string, unknown>) => unknown> = {
  'not an object': () => 'event',
  'no type': ({ type: _t, ...rest }) => rest,
  'version 2': (e) => ({ ...e, v: 2 }),
  'unknown field': (e) => ({ ...e, colour: 'red' }),
  'bad moment': (e) => ({ ...e, at: '2026-02-30' }),
  'seq skips': (e) => ({ ...e, seq: Number(e['seq']) + 3 }),
  'seq repeats': (e) => ({ ...e, seq: Number(e['seq']) - 1 }),
  'system actor': (e) => ({ ...e, actor: { role: 'system' } }),
  'actor not in the organisation': (e) => ({ ...e, actor: { role: 'manager', employeeId: 'e404' } }),
}

describe('replay', () => {
  it('rebuilds every mentorship of an interleaved log', () => {
    const r = replay(LOG, { org })
    expect(E.isRight(r) && Object.fromEntries(Object.entries(r.right.mentorships).map(([id, s]) => [id, [s.status, s.formality, s.seq]]))).toEqual({
      m1: ['active', 'formal', FORMAL_RUNNING.length],
      m2: ['accepted', 'structured', 3],
    })
  })

  it('a log with one corrupted event returns Left naming that index (any event, any corruption)', () => {
    fc.assert(
      fc.property(fc.nat(LOG.length - 1), fc.constantFrom(...Object.keys(CORRUPTIONS)), (i, how) => {
        const corrupt = CORRUPTIONS[how]
        const log = LOG.map((e, j) => (j === i && corrupt !== undefined ? corrupt(e) : e))
        const r = replay(log, { org })
        expect(E.isLeft(r) && r.left.index).toBe(i)
        expect(E.isLeft(r) && r.left.issues.every((issue) => issue.path[0] === i)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('an event whose at lies before the last one of its mentorship is out-of-order, at its index', () => {
    const log = LOG.map((e, j) => (j === 6 ? { ...e, at: '2026-03-01' } : e))
    const r = replay(log, { org })
    expect(E.isLeft(r) && [r.left.code, r.left.index, r.left.issues[0]?.path]).toEqual(['out-of-order', 6, [6, 'at']])
  })

  it('another mentorship\'s later events do not make an event out of order (order is per mentorship)', () => {
    const log = [...events('m2', [['2026-05-01', MANAGER, 'propose', { mentorId: 'e11', menteeId: 'e17', formality: 'structured' }]]), ...events('m1', PROPOSED)]
    expect(E.isRight(replay(log, { org }))).toBe(true)
  })

  it('a first event that does not open a mentorship is unknown-mentorship', () => {
    const r = replay(events('m9', [['2026-03-01', MANAGER, 'encourage']]), { org })
    expect(E.isLeft(r) && [r.left.code, r.left.index]).toEqual(['unknown-mentorship', 0])
  })

  it('an id that is not in the organisation is unknown-employee, with its path (CONTRACT section 1)', () => {
    const stranger = events('m5', [['2026-03-01', MANAGER, 'propose', { mentorId: 'e404', menteeId: 'e17', formality: 'structured' }]])
    const r = replay([...LOG, ...stranger], { org })
    expect(E.isLeft(r) && [r.left.code, r.left.index, r.left.issues.map((i) => [i.path, i.params])]).toEqual([
      'unknown-employee',
      LOG.length,
      [[[LOG.length, 'mentorId'], { id: 'e404' }]],
    ])
    const actor = events('m5', [['2026-03-01', { role: 'mentor', employeeId: 'e405' }, 'observe', { mentorId: 'e11', menteeId: 'e17' }]])
    const a = replay(actor, { org })
    expect(E.isLeft(a) && [a.left.code, a.left.issues.map((i) => i.path)]).toEqual(['unknown-employee', [[0, 'actor', 'employeeId']]])
  })

  it('HR staff need not be in the organisation', () => {
    const hr = events('m5', [['2026-03-01', { role: 'hr', employeeId: 'hr-desk' }, 'propose', { mentorId: 'e11', menteeId: 'e17', formality: 'structured' }]])
    expect(E.isRight(replay(hr, { org }))).toBe(true)
  })

  it('a log that is not an array is invalid-event-log with index -1', () => {
    for (const input of [null, {}, 'log', 3]) {
      const r = replay(input, { org })
      expect(E.isLeft(r) && [r.left.code, r.left.index]).toEqual(['invalid-event-log', -1])
    }
  })

  it('an empty log has no mentorships', () => {
    expect(replay([], { org })).toEqual(E.right({ mentorships: {} }))
  })
})

describe('apply: two people acting at once', () => {
  const log = logOf(m1)
  const next = (seq: number, at: string) => ({ v: 1, mentorshipId: 'm1', seq, type: 'log-session', at, actor: MENTEE, date: '2026-05-12', topics: [] })

  it('the next seq is accepted; the same seq again (a lost race) is a version-conflict naming both numbers', () => {
    const first = apply(log, next(FORMAL_RUNNING.length + 1, '2026-05-14'), { org })
    expect(E.isRight(first)).toBe(true)
    if (E.isLeft(first)) return
    const second = apply(first.right, { ...next(FORMAL_RUNNING.length + 1, '2026-05-14'), actor: MENTOR }, { org })
    expect(E.isLeft(second) && second.left.issues[0]?.params).toEqual({ expected: FORMAL_RUNNING.length + 2, actual: FORMAL_RUNNING.length + 1 })
    expect(E.isLeft(second) && second.left.code).toBe('version-conflict')
  })

  it('an event at the same moment as the last one is in order; one a day earlier is out-of-order', () => {
    expect(E.isRight(apply(log, next(FORMAL_RUNNING.length + 1, '2026-05-13'), { org }))).toBe(true)
    const early = apply(log, next(FORMAL_RUNNING.length + 1, '2026-05-12T23:59:59Z'), { org })
    expect(E.isLeft(early) && early.left.code).toBe('out-of-order')
  })

  it('a date-time compares with a bare date by its day', () => {
    const withTime = logOf([...m1, next(FORMAL_RUNNING.length + 1, '2026-05-14T15:00:00+02:00')])
    expect(E.isRight(apply(withTime, { ...next(FORMAL_RUNNING.length + 2, '2026-05-14'), date: '2026-05-14' }, { org }))).toBe(true)
    const dt = (at: string) => apply(withTime, next(FORMAL_RUNNING.length + 2, at), { org })
    expect(E.isRight(dt('2026-05-14T13:00:00Z'))).toBe(true)
    expect(E.isLeft(dt('2026-05-14T12:59:59Z'))).toBe(true)
  })
})
