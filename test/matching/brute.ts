/**
 * Brute force over every valid matching of a small programme, from `scorePair` alone: the
 * reference the strategies are checked against.
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Matching } from '../../src/matching/matching.js'
import type { Organisation } from '../../src/model/organisation.js'
import { scorePair } from '../../src/pairing/score-pair.js'
import type { Programme } from '../../src/programme/programme.js'

/** Eligible pairs and places, worked out pair by pair. */
export interface Small {
  readonly mentees: readonly string[]
  readonly mentors: readonly string[]
  /** `score[i][j]`: the score of mentor j for mentee i, or undefined when ineligible. */
  readonly score: readonly (readonly (number | undefined)[])[]
  /** `locked[i]`: the mentor index of mentee i's locked pair, or -1. */
  readonly locked: readonly number[]
  /** `room[j]`: capacity minus existing minus locked. */
  readonly room: readonly number[]
  /** `before[j]`: existing plus locked. */
  readonly before: readonly number[]
}

export const smallOf = (org: Organisation, p: Programme): Small => {
  const mentees = p.mentees.map((m) => m.employeeId as string)
  const mentors = p.mentors.map((m) => m as string)
  const score = mentees.map((t) =>
    mentors.map((m) => {
      const s = scorePair(org, p, m, t, p.asOf)
      return E.isRight(s) && s.right.eligible ? s.right.score : undefined
    }),
  )
  const locked = mentees.map((t) => {
    const l = p.locked.find((x) => x.menteeId === t)
    return l === undefined ? -1 : mentors.indexOf(l.mentorId)
  })
  const existing = mentors.map((m) => p.existing.filter((x) => x.mentorId === m).length)
  const lockedCount = mentors.map((_, j) => locked.filter((l) => l === j).length)
  const capacity = mentors.map((m) => org.index.employeeById.get(m as never)?.mentorCapacity ?? 0)
  return {
    mentees,
    mentors,
    score,
    locked,
    room: mentors.map((_, j) => Math.max(0, (capacity[j] ?? 0) - (existing[j] ?? 0)) - (lockedCount[j] ?? 0)),
    before: mentors.map((_, j) => (existing[j] ?? 0) + (lockedCount[j] ?? 0)),
  }
}

/** The penalty of `extra` further mentees of a mentor who has `before` already. */
export const penaltyOf = (before: number, extra: number, loadBalance: number): number => {
  let sum = 0
  for (let t = 0; t < extra; t++) sum += (before + t) * loadBalance
  return sum
}

export interface Best {
  readonly matched: number
  /** Real score of the best matching, and its objective (score minus penalties). */
  readonly total: number
  readonly objective: number
}

/** Every valid matching: per free mentee a mentor with a place, or nobody (-1); locked kept. */
export const allMatchings = (s: Small): readonly (readonly number[])[] => {
  const used = s.mentors.map(() => 0)
  const out: number[][] = []
  const pick = s.mentees.map((_, i) => s.locked[i] ?? -1)
  const visit = (i: number): void => {
    if (i === s.mentees.length) {
      out.push([...pick])
      return
    }
    if ((s.locked[i] ?? -1) >= 0) return visit(i + 1)
    pick[i] = -1
    visit(i + 1)
    s.mentors.forEach((_, j) => {
      if (s.score[i]?.[j] === undefined || (used[j] ?? 0) >= (s.room[j] ?? 0)) return
      used[j] = (used[j] ?? 0) + 1
      pick[i] = j
      visit(i + 1)
      used[j] = (used[j] ?? 0) - 1
    })
    pick[i] = -1
  }
  visit(0)
  return out
}

/** The lexicographic best of every valid matching: most mentees, then best score minus penalties. */
export const bruteForce = (s: Small, loadBalance: number): Best => {
  let best: Best = { matched: -1, total: 0, objective: -Infinity }
  for (const pick of allMatchings(s)) {
    let matched = 0
    let total = 0
    const extra = s.mentors.map(() => 0)
    pick.forEach((j, i) => {
      if (j < 0) return
      matched++
      total += s.score[i]?.[j] ?? 0
      if ((s.locked[i] ?? -1) < 0) extra[j] = (extra[j] ?? 0) + 1
    })
    const objective = total - extra.reduce((sum, n, j) => sum + penaltyOf(s.before[j] ?? 0, n, loadBalance), 0)
    if (matched > best.matched || (matched === best.matched && objective > best.objective + 1e-12)) best = { matched, total, objective }
  }
  return best
}

/**
 * The blocking pairs of a matching (`pick[i]`: mentor of mentee i or -1): a free mentee and an
 * eligible mentor with places who both strictly prefer each other by score (the mentor has a
 * place left, or a new mentee with a lower score).
 */
export const blockingPairs = (s: Small, pick: readonly number[]): readonly (readonly [number, number])[] => {
  const out: [number, number][] = []
  s.mentees.forEach((_, i) => {
    if ((s.locked[i] ?? -1) >= 0) return
    const mine = pick[i] ?? -1
    const current = mine < 0 ? -Infinity : (s.score[i]?.[mine] ?? -Infinity)
    s.mentors.forEach((_, j) => {
      const v = s.score[i]?.[j]
      if (v === undefined || (s.room[j] ?? 0) <= 0 || !(v > current)) return
      const held = pick.flatMap((jj, ii) => (jj === j && (s.locked[ii] ?? -1) < 0 ? [s.score[ii]?.[j] ?? 0] : []))
      if (held.length < (s.room[j] ?? 0) || held.some((w) => w < v)) out.push([i, j])
    })
  })
  return out
}

/** The mentor index of each mentee in a matching, or -1. */
export const pickOf = (s: Small, m: Matching): readonly number[] =>
  s.mentees.map((t) => {
    const p = m.pairs.find((x) => x.menteeId === t)
    return p === undefined ? -1 : s.mentors.indexOf(p.mentorId)
  })

/** The objective of a matching (its real total minus the penalties of its new pairs). */
export const objectiveOf = (s: Small, m: Matching, loadBalance: number): number => {
  const extra = s.mentors.map((id) => m.pairs.filter((x) => x.mentorId === id && !x.locked).length)
  return m.totalScore - extra.reduce((sum, n, j) => sum + penaltyOf(s.before[j] ?? 0, n, loadBalance), 0)
}

export const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
