/**
 * The laws of readiness (issue 3, "Done when"), as property tests over random employees,
 * policies, dates and loads.
 */
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { addDays, anniversary, type IsoDate } from '../../src/model/date.js'
import { COMPETENCIES, type Employee, type Level } from '../../src/model/organisation.js'
import type { ProgrammePolicy, Requirement } from '../../src/programme/policy.js'
import { assessReadiness } from '../../src/readiness/assess.js'
import { MENTOR_RULES, RULE_OF_GAP, type Gap, type MentorRule } from '../../src/readiness/gap.js'
import type { Readiness } from '../../src/readiness/readiness.js'
import { arbPolicy } from '../programme/arbitraries.js'
import { arbDate, arbFacts, arbTraining } from './arbitraries.js'
import { orgOf } from './fixture.js'

const assess = (e: Employee, policy: ProgrammePolicy, asOf: IsoDate, load = 0): Readiness => {
  const r = assessReadiness(orgOf([e]), e.id, policy, asOf, { currentLoad: load })
  if (E.isLeft(r)) throw new Error(`unexpected Left: ${JSON.stringify(r.left)}`)
  return r.right
}

const arbSmallPolicy = arbPolicy(6)
const ruleOf = (g: Gap): MentorRule => RULE_OF_GAP[g.code]
const withRule = (p: ProgrammePolicy, rule: MentorRule, requirement: Requirement): ProgrammePolicy => ({
  ...p,
  mentor: { ...p.mentor, [rule]: { ...p.mentor[rule], requirement } },
})

/** One change that can only help: a higher level, more tenure, a later date, a training, more room. */
const arbImprovement = fc.oneof(
  fc.record({ kind: fc.constant('level' as const), competency: fc.constantFrom(...COMPETENCIES), by: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('earlier-team-since' as const), days: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ kind: fc.constant('later-as-of' as const), days: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ kind: fc.constant('training' as const), training: arbTraining }),
  fc.record({ kind: fc.constant('more-room' as const), by: fc.integer({ min: 1, max: 3 }) }),
)
type Improvement = typeof arbImprovement extends fc.Arbitrary<infer T> ? T : never

const improve = (e: Employee, asOf: IsoDate, load: number, i: Improvement): [Employee, IsoDate, number] => {
  switch (i.kind) {
    case 'level': {
      const level = Math.min(5, e.competencies[i.competency] + i.by) as Level
      return [{ ...e, competencies: { ...e.competencies, [i.competency]: level } }, asOf, load]
    }
    case 'earlier-team-since': {
      const teamSince = addDays(e.teamSince, -i.days)
      return [{ ...e, teamSince, startDate: teamSince < e.startDate ? teamSince : e.startDate }, asOf, load]
    }
    case 'later-as-of':
      return [e, addDays(asOf, i.days), load]
    case 'training':
      return [{ ...e, trainings: [...e.trainings, i.training] }, asOf, load]
    case 'more-room':
      return [{ ...e, mentorCapacity: e.mentorCapacity + i.by }, asOf, load]
  }
}

describe('readiness laws', () => {
  it('gaps come only from required rules and advice only from advised ones; ready exactly when no gaps', () => {
    fc.assert(
      fc.property(arbFacts, arbSmallPolicy, ({ employee, asOf, load }, p) => {
        const r = assess(employee, p, asOf, load)
        for (const g of r.gaps) expect(p.mentor[ruleOf(g)].requirement).toBe('required')
        for (const g of r.advice) expect(p.mentor[ruleOf(g)].requirement).toBe('advised')
        expect(r.status).toBe(r.gaps.length === 0 ? 'ready' : 'not-ready')
      }),
    )
  })

  it('readiness is monotone: raising a level, tenure (earlier teamSince or later asOf), adding training or room never turns ready into not-ready', () => {
    fc.assert(
      fc.property(arbFacts, arbSmallPolicy, arbImprovement, ({ employee, asOf, load }, p, i) => {
        const before = assess(employee, p, asOf, load)
        const [better, later, lighter] = improve(employee, asOf, load, i)
        const after = assess(better, p, later, lighter)
        if (before.status === 'ready') expect(after.status).toBe('ready')
        expect(after.gaps.length).toBeLessThanOrEqual(before.gaps.length)
        expect(after.advice.length).toBeLessThanOrEqual(before.advice.length)
      }),
    )
  })

  it('every required rule, when broken alone, yields exactly its gap code', () => {
    const arbCase = fc.record({
      policy: arbSmallPolicy,
      asOf: arbDate,
      load: fc.integer({ min: 0, max: 3 }),
      rule: fc.constantFrom(...MENTOR_RULES),
      variant: fc.nat(),
      minYears: fc.integer({ min: 1, max: 6 }),
      competency: fc.constantFrom(...COMPETENCIES),
      minimum: fc.integer({ min: 1, max: 5 }),
    })
    fc.assert(
      fc.property(arbCase, (c) => {
        const p0 = withRule(c.policy, c.rule, 'required')
        const p: ProgrammePolicy = {
          ...p0,
          mentor: {
            ...p0.mentor,
            tenure: { ...p0.mentor.tenure, minYears: c.rule === 'tenure' ? c.minYears : p0.mentor.tenure.minYears },
            competencies: {
              ...p0.mentor.competencies,
              minimum: { ...p0.mentor.competencies.minimum, [c.competency]: c.minimum as Level },
            },
          },
        }
        // someone who meets every rule of p
        const perfect = perfectFor(p, c.asOf, c.load)
        expect(assess(perfect, p, c.asOf, c.load)).toEqual({ employeeId: perfect.id, status: 'ready', gaps: [], advice: [] })
        const broken = breakRule(perfect, p, c.asOf, c.load, c.rule, c.variant, c.competency)
        const r = assess(broken.employee, p, c.asOf, broken.load)
        expect(r.status).toBe('not-ready')
        expect(r.gaps.map((g) => g.code)).toEqual([broken.code])
        expect(r.advice).toEqual([])
        if (broken.code === 'competency-below-minimum') expect(r.gaps[0]).toMatchObject({ competency: c.competency })
      }),
    )
  })

  it('advised rules never block: turning a required rule into an advised one moves exactly its gaps to advice', () => {
    fc.assert(
      fc.property(arbFacts, arbSmallPolicy, fc.constantFrom(...MENTOR_RULES), ({ employee, asOf, load }, p0, rule) => {
        const p = withRule(p0, rule, 'required')
        const strict = assess(employee, p, asOf, load)
        const lenient = assess(employee, withRule(p, rule, 'advised'), asOf, load)
        expect(lenient.gaps).toEqual(strict.gaps.filter((g) => ruleOf(g) !== rule))
        expect(lenient.advice.filter((g) => ruleOf(g) === rule)).toEqual(strict.gaps.filter((g) => ruleOf(g) === rule))
        expect(lenient.advice.filter((g) => ruleOf(g) !== rule)).toEqual(strict.advice)
        if (strict.status === 'ready') expect(lenient.status).toBe('ready')
      }),
    )
  })

  it('a policy with no required rule finds everyone ready', () => {
    fc.assert(
      fc.property(arbFacts, arbSmallPolicy, fc.boolean(), ({ employee, asOf, load }, p0, advised) => {
        const p = MENTOR_RULES.reduce((acc, rule) => withRule(acc, rule, advised ? 'advised' : 'none'), p0)
        expect(assess(employee, p, asOf, load).status).toBe('ready')
      }),
    )
  })

  it('relaxing a policy (lower minimums, required -> advised -> none) never removes a ready person', () => {
    const arbRelaxation = fc.record({
      weaker: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: MENTOR_RULES.length, maxLength: MENTOR_RULES.length }),
      fewerYears: fc.integer({ min: 0, max: 6 }),
      lower: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: COMPETENCIES.length, maxLength: COMPETENCIES.length }),
      dropped: fc.subarray([...COMPETENCIES]),
    })
    fc.assert(
      fc.property(arbFacts, arbSmallPolicy, arbRelaxation, ({ employee, asOf, load }, p, x) => {
        const relaxed = relax(p, x)
        const before = assess(employee, p, asOf, load)
        const after = assess(employee, relaxed, asOf, load)
        if (before.status === 'ready') expect(after.status).toBe('ready')
        expect(after.gaps.length).toBeLessThanOrEqual(before.gaps.length)
      }),
    )
  })

  it('metOn is exactly the first date on which time alone closes the tenure gap', () => {
    fc.assert(
      fc.property(arbFacts, arbSmallPolicy, fc.integer({ min: 1, max: 6 }), ({ employee, asOf }, p0, minYears) => {
        const p = withRule({ ...p0, mentor: { ...p0.mentor, tenure: { requirement: 'required', minYears } } }, 'tenure', 'required')
        const tenureGap = (d: IsoDate) => assess(employee, p, d).gaps.find((g) => g.code === 'tenure-below-minimum')
        const gap = tenureGap(asOf)
        fc.pre(gap !== undefined)
        if (gap?.code !== 'tenure-below-minimum') return
        expect(gap.metOn > asOf).toBe(true)
        expect(tenureGap(gap.metOn)).toBeUndefined()
        expect(tenureGap(addDays(gap.metOn, -1))).toEqual({ ...gap, actual: minYears - 1 })
        // and the date is the minYears-th anniversary of teamSince, computed here by hand
        const [y, m, d] = employee.teamSince.split('-').map(Number) as [number, number, number]
        const year = y + minYears
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
        const expected = m === 2 && d === 29 && !leap ? `${year}-03-01` : `${year}${employee.teamSince.slice(4)}`
        expect(gap.metOn).toBe(expected)
        expect(gap.metOn).toBe(anniversary(employee.teamSince, minYears))
      }),
    )
  })
})

/** Someone who meets every mentor rule of `p` on `asOf` with `load` mentees. */
const perfectFor = (p: ProgrammePolicy, asOf: IsoDate, load: number): Employee => {
  const teamSince = addDays(asOf, -(366 * (p.mentor.tenure.minYears + 1)))
  const base = assessableEmployee(teamSince)
  return {
    ...base,
    competencies: Object.fromEntries(COMPETENCIES.map((c) => [c, 5])) as Employee['competencies'],
    trainings: [{ kind: p.mentor.training.kind, completedOn: asOf }],
    mentorInterest: { interested: true, source: 'self', recordedOn: asOf },
    mentorCapacity: load + 1,
  }
}

const assessableEmployee = (teamSince: IsoDate): Employee => ({
  id: 'e1' as Employee['id'],
  name: 'Perfect',
  teamId: 't1' as Employee['teamId'],
  managerId: null,
  startDate: teamSince,
  teamSince,
  expertise: {},
  strategyInsight: 0,
  competencies: Object.fromEntries(COMPETENCIES.map((c) => [c, 0])) as Employee['competencies'],
  trainings: [],
  mentorInterest: null,
  mentorCapacity: 1,
  languages: [],
  location: null,
})

/** Break one rule of a perfect employee, in one of a few ways; the gap code it must give. */
const breakRule = (
  e: Employee,
  p: ProgrammePolicy,
  asOf: IsoDate,
  load: number,
  rule: MentorRule,
  variant: number,
  competency: (typeof COMPETENCIES)[number],
): { employee: Employee; load: number; code: Gap['code'] } => {
  switch (rule) {
    case 'interest': {
      const ways = [
        { employee: { ...e, mentorInterest: null }, code: 'interest-missing' as const },
        { employee: { ...e, mentorInterest: { interested: false, source: 'manager' as const, recordedOn: asOf } }, code: 'not-interested' as const },
        { employee: { ...e, mentorInterest: { interested: true, source: 'self' as const, recordedOn: addDays(asOf, 1) } }, code: 'interest-missing' as const },
      ]
      const way = ways[variant % ways.length] ?? ways[0]
      return { employee: way?.employee ?? e, load, code: way?.code ?? 'interest-missing' }
    }
    case 'tenure': {
      const teamSince = addDays(anniversary(asOf, -p.mentor.tenure.minYears), 1 + (variant % 300))
      return { employee: { ...e, teamSince, startDate: teamSince }, load, code: 'tenure-below-minimum' }
    }
    case 'competencies': {
      const min = p.mentor.competencies.minimum[competency] ?? 1
      const level = (variant % min) as Level
      return { employee: { ...e, competencies: { ...e.competencies, [competency]: level } }, load, code: 'competency-below-minimum' }
    }
    case 'training': {
      const ways = [
        [],
        [{ kind: `${p.mentor.training.kind}-other`, completedOn: asOf }],
        [{ kind: p.mentor.training.kind, completedOn: addDays(asOf, 1) }],
      ]
      return { employee: { ...e, trainings: ways[variant % ways.length] ?? [] }, load, code: 'training-missing' }
    }
    case 'capacity':
      return { employee: { ...e, mentorCapacity: load - (variant % (load + 1)) }, load, code: 'no-capacity' }
  }
}

const WEAKER: Record<Requirement, readonly Requirement[]> = {
  required: ['required', 'advised', 'none'],
  advised: ['advised', 'none', 'none'],
  none: ['none', 'none', 'none'],
}

/** A policy that asks at most as much as `p`. */
const relax = (
  p: ProgrammePolicy,
  x: { weaker: readonly number[]; fewerYears: number; lower: readonly number[]; dropped: readonly string[] },
): ProgrammePolicy => {
  const requirement = (rule: MentorRule, i: number): Requirement =>
    WEAKER[p.mentor[rule].requirement][x.weaker[i] ?? 0] ?? 'none'
  const minimum = Object.fromEntries(
    COMPETENCIES.flatMap((c, i) => {
      const m = p.mentor.competencies.minimum[c]
      return m === undefined || x.dropped.includes(c) ? [] : [[c, Math.max(0, m - (x.lower[i] ?? 0))]]
    }),
  )
  const relaxed = MENTOR_RULES.reduce((acc, rule, i) => withRule(acc, rule, requirement(rule, i)), p)
  return {
    ...relaxed,
    mentor: {
      ...relaxed.mentor,
      tenure: { ...relaxed.mentor.tenure, minYears: Math.max(0, p.mentor.tenure.minYears - x.fewerYears) },
      competencies: { ...relaxed.mentor.competencies, minimum },
    },
  }
}
