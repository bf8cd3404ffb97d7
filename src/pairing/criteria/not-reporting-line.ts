/**
 * `not-reporting-line`: nobody mentors someone in their own reporting line, in either direction
 * (S1, S2). Always applied as `require`, listed or not.
 * @module
 */
import { z } from 'zod'
import type { Organisation } from '../../model/organisation.js'
import type { Employee } from '../../model/organisation.js'
import { defineCriterion, type RowKernel } from '../criterion.js'

/** Where a person sits in the depth-first numbering of the management forest. */
interface Position {
  readonly pre: number
  readonly post: number
}

/**
 * How mentor and mentee relate in the management forest.
 * @example
 * const r: ReportingRelation = 'mentor-manages-mentee'
 * @since 0.1.0
 */
export type ReportingRelation = 'none' | 'mentor-manages-mentee' | 'mentee-manages-mentor'

/**
 * The reason of a `not-reporting-line` judgement.
 * @example
 * const r: NotReportingLineReason = { relation: 'none' }
 * @since 0.1.0
 */
export type NotReportingLineReason = { readonly relation: ReportingRelation }

const positionOf = (org: Organisation, e: Employee): Position => ({
  pre: org.index.pre.get(e.id) ?? -1,
  post: org.index.post.get(e.id) ?? -1,
})

/** `a` manages `b` at some level: `b` lies strictly inside `a`'s depth-first interval. */
const manages = (a: Position, b: Position): boolean => a.pre < b.pre && b.post < a.post

const relation = (mentor: Position, mentee: Position): ReportingRelation =>
  manages(mentor, mentee) ? 'mentor-manages-mentee' : manages(mentee, mentor) ? 'mentee-manages-mentor' : 'none'

const kernel = (mentors: readonly Position[], mentees: readonly Position[]): RowKernel => {
  const pre = Int32Array.from(mentors, (m) => m.pre)
  const post = Int32Array.from(mentors, (m) => m.post)
  return (j, list, count, out) => {
    const t = mentees[j]
    if (t === undefined) return
    const tp = t.pre
    const tq = t.post
    for (let k = 0; k < count; k++) {
      const i = list[k] ?? 0
      const p = pre[i] ?? 0
      const q = post[i] ?? 0
      out[k] = (p < tp && tq < q) || (tp < p && q < tq) ? 0 : 1
    }
  }
}

/**
 * `not-reporting-line` (S1, S2: the manager leaves coaching to a peer, so the mentor is never the
 * mentee's manager at any level, nor one of their reports). `raw` is 1 when neither manages the
 * other, else 0. No parameters. Nothing in a programme can lift it: its hints are empty.
 * @example
 * notReportingLine.bind({}) // Right(bound criterion)
 * @since 0.1.0
 */
export const notReportingLine = defineCriterion({
  name: 'not-reporting-line',
  statements: ['S1', 'S2'],
  params: z.strictObject({}),
  mentorFacts: (m, _p, ctx) => positionOf(ctx.org, m.employee),
  menteeFacts: (t, _p, ctx) => positionOf(ctx.org, t.employee),
  evaluate: ({ mentor, mentee }) => {
    const r = relation(mentor, mentee)
    return { raw: r === 'none' ? 1 : 0, reason: { relation: r } satisfies NotReportingLineReason }
  },
  kernel,
  hints: () => [],
})
