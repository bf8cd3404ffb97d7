/**
 * The checks of a programme against the organisation and against itself: ids that exist, no
 * duplicates, no one on both sides, locked pairs that fit the rest of the programme.
 * @module
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import { issue, type Issue, type Path } from '../errors/issue.js'
import type { EmployeeId } from '../model/ids.js'
import type { Organisation } from '../model/organisation.js'
import type { Criterion } from '../pairing/criterion.js'
import { bindRule, REPORTING_LINE_RULE } from '../pairing/rules.js'
import { isBuiltInCriterion } from '../pairing/registry.js'
import type { At, Parts } from './programme-parts.js'

type Pair = { readonly mentorId: string; readonly menteeId: string }

const known = (org: Organisation, id: string): boolean => org.index.employeeById.has(id as EmployeeId)

const unknownAt = (org: Organisation, id: string, path: Path): readonly Issue[] =>
  known(org, id) ? [] : [issue('unknown-employee', path, { id })]

/** Each element whose key was seen before, with the index where it was first seen. */
const repeats = <T>(items: readonly At<T>[], key: (t: T) => string): readonly { item: At<T>; first: number }[] => {
  const seen = new Map<string, number>()
  const found: { item: At<T>; first: number }[] = []
  for (const item of items) {
    const k = key(item.value)
    const first = seen.get(k)
    if (first === undefined) seen.set(k, item.index)
    else found.push({ item, first })
  }
  return found
}

const pairKey = (p: Pair): string => JSON.stringify([p.mentorId, p.menteeId])

const menteeIssues = (parts: Parts, org: Organisation): readonly Issue[] => [
  ...parts.mentees.flatMap((m) => unknownAt(org, m.value.employeeId, ['mentees', m.index, 'employeeId'])),
  ...repeats(parts.mentees, (m) => m.employeeId).map(({ item, first }) =>
    issue('duplicate-mentee', ['mentees', item.index, 'employeeId'], { id: item.value.employeeId, first }),
  ),
]

const mentorIssues = (parts: Parts, org: Organisation): readonly Issue[] => {
  const mentors = parts.mentors ?? []
  const mentees = new Set(parts.mentees.map((m) => m.value.employeeId))
  return [
    ...mentors.flatMap((m) => unknownAt(org, m.value, ['mentors', m.index])),
    ...repeats(mentors, (m) => m).map(({ item, first }) => issue('duplicate-mentor', ['mentors', item.index], { id: item.value, first })),
    ...mentors.flatMap((m) => (mentees.has(m.value) ? [issue('mentee-is-mentor', ['mentors', m.index], { id: m.value })] : [])),
  ]
}

const criterionIssues = (parts: Parts, custom: Readonly<Record<string, Criterion>>): readonly Issue[] => {
  const rules = parts.criteria ?? []
  return [
    ...Object.keys(custom).flatMap((name) => (isBuiltInCriterion(name) ? [issue('reserved-criterion-name', [], { name })] : [])),
    ...repeats(rules, (r) => r.criterion).map(({ item, first }) =>
      issue('duplicate-criterion', ['criteria', item.index, 'criterion'], { name: item.value.criterion, first }),
    ),
    ...rules.flatMap((r) =>
      r.value.criterion === REPORTING_LINE_RULE.criterion && r.value.mode !== 'require'
        ? [issue('reporting-line-not-required', ['criteria', r.index, 'mode'], { mode: r.value.mode })]
        : [],
    ),
    ...rules.flatMap((r) => {
      const b = bindRule(r.value, ['criteria', r.index], custom)
      return E.isLeft(b) ? b.left : []
    }),
  ]
}

const affinityIssues = (parts: Parts, org: Organisation): readonly Issue[] => [
  ...parts.affinities.flatMap((a) => [
    ...unknownAt(org, a.value.a, ['affinities', a.index, 'a']),
    ...unknownAt(org, a.value.b, ['affinities', a.index, 'b']),
    ...(a.value.a === a.value.b ? [issue('self-affinity', ['affinities', a.index], { id: a.value.a })] : []),
  ]),
  ...repeats(parts.affinities, (a) =>
    JSON.stringify(a.source === 'observed' ? [a.source, ...[a.a, a.b].sort()] : [a.source, a.a, a.b]),
  ).map(({ item, first }) => issue('duplicate-affinity', ['affinities', item.index], { a: item.value.a, b: item.value.b, first })),
]

const pairListIssues = (list: 'locked' | 'forbidden' | 'existing', pairs: readonly At<Pair>[], org: Organisation): readonly Issue[] => [
  ...pairs.flatMap((p) => [
    ...unknownAt(org, p.value.mentorId, [list, p.index, 'mentorId']),
    ...unknownAt(org, p.value.menteeId, [list, p.index, 'menteeId']),
    ...(p.value.mentorId === p.value.menteeId ? [issue('self-pair', [list, p.index], { id: p.value.mentorId })] : []),
  ]),
  ...repeats(pairs, pairKey).map(({ item, first }) => issue('duplicate-pair', [list, item.index], { ...item.value, first })),
]

const lockedIssues = (parts: Parts): readonly Issue[] => {
  const forbidden = new Set(parts.forbidden.map((p) => pairKey(p.value)))
  const existing = new Set(parts.existing.map((p) => pairKey(p.value)))
  const mentees = new Set(parts.mentees.map((m) => m.value.employeeId))
  const pool = parts.mentors === undefined ? undefined : new Set(parts.mentors.map((m) => m.value))
  const distinct = parts.locked.filter((p, k) => parts.locked.findIndex((q) => pairKey(q.value) === pairKey(p.value)) === k)
  return [
    ...parts.locked.flatMap(({ value: p, index }) => [
      ...(forbidden.has(pairKey(p)) ? [issue('locked-and-forbidden', ['locked', index], p)] : []),
      ...(existing.has(pairKey(p)) ? [issue('locked-and-existing', ['locked', index], p)] : []),
      ...(mentees.has(p.menteeId) ? [] : [issue('locked-mentee-not-in-programme', ['locked', index, 'menteeId'], { id: p.menteeId })]),
      ...(pool === undefined || pool.has(p.mentorId)
        ? []
        : [issue('locked-mentor-not-in-pool', ['locked', index, 'mentorId'], { id: p.mentorId })]),
    ]),
    ...repeats(distinct, (p) => p.menteeId).map(({ item, first }) =>
      issue('mentee-locked-twice', ['locked', item.index, 'menteeId'], { menteeId: item.value.menteeId, first }),
    ),
  ]
}

/**
 * Every problem of the valid parts of a programme against the organisation and itself.
 * @internal
 */
export const referenceIssues = (parts: Parts, org: Organisation, custom: Readonly<Record<string, Criterion>>): readonly Issue[] => [
  ...(typeof parts.managerId === 'string' ? unknownAt(org, parts.managerId, ['managerId']) : []),
  ...menteeIssues(parts, org),
  ...mentorIssues(parts, org),
  ...criterionIssues(parts, custom),
  ...affinityIssues(parts, org),
  ...pairListIssues('locked', parts.locked, org),
  ...pairListIssues('forbidden', parts.forbidden, org),
  ...pairListIssues('existing', parts.existing, org),
  ...lockedIssues(parts),
]
