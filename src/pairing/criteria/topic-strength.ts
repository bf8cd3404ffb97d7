/**
 * `topic-strength`: how strong the mentor is in the work questions the mentee brings (S8, S9).
 * @module
 */
import { z } from 'zod'
import type { EmployeeId } from '../../model/ids.js'
import { COMPETENCIES, type Employee, type Level } from '../../model/organisation.js'
import { TOPICS, type Topic } from '../../programme/programme.js'
import { defineCriterion, type RowKernel } from '../criterion.js'
import type { Hint } from '../hint.js'
import { expertiseLevel } from '../levels.js'

/**
 * Where the strength in a topic is read from: a competency, an expertise area, or the employee's
 * `strategyInsight`.
 * @example
 * TopicSourceSchema.parse({ from: 'competency', name: 'planning' })
 * @since 0.1.0
 */
export const TopicSourceSchema = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('competency'), name: z.enum(COMPETENCIES) }),
  z.strictObject({ from: z.literal('expertise'), name: z.string().min(1) }),
  z.strictObject({ from: z.literal('strategy-insight') }),
])

/**
 * One of the sources of {@link TopicSourceSchema}.
 * @example
 * const s: TopicSource = { from: 'strategy-insight' }
 * @since 0.1.0
 */
export type TopicSource = z.infer<typeof TopicSourceSchema>

/**
 * The default mapping of topics to strengths; a topic's strength is the mean of its sources:
 * - `approach` ("how do I approach this", S8): competencies `planning` and `didactics`;
 * - `buy-in` ("how do I win support for my ideas", S8): expertise `stakeholder-management` and
 *   competency `motivating`;
 * - `next-step` ("what is the logical next step in this project", S8): competencies `goal-setting`
 *   and `planning`;
 * - `strategy` (S9): `strategyInsight`.
 * @example
 * DEFAULT_TOPIC_SOURCES.strategy // [{ from: 'strategy-insight' }]
 * @since 0.1.0
 */
export const DEFAULT_TOPIC_SOURCES = {
  approach: [
    { from: 'competency', name: 'planning' },
    { from: 'competency', name: 'didactics' },
  ],
  'buy-in': [
    { from: 'expertise', name: 'stakeholder-management' },
    { from: 'competency', name: 'motivating' },
  ],
  'next-step': [
    { from: 'competency', name: 'goal-setting' },
    { from: 'competency', name: 'planning' },
  ],
  strategy: [{ from: 'strategy-insight' }],
} as const satisfies Record<Topic, readonly TopicSource[]>

const Sources = z.array(TopicSourceSchema).min(1).max(20).optional()

/**
 * The parameters: `target` (integer 1..5, default 3), the strength at which a topic counts as
 * fully met, and `sources`, per topic a list of 1 to 20 sources that replaces {@link DEFAULT_TOPIC_SOURCES}.
 * @example
 * TopicStrengthParams.parse({}) // { target: 3, sources: {} }
 * @since 0.1.0
 */
export const TopicStrengthParams = z.strictObject({
  target: z.int().min(1).max(5).default(3),
  sources: z
    .strictObject({ approach: Sources, 'buy-in': Sources, 'next-step': Sources, strategy: Sources })
    .default({}),
})

type Params = z.infer<typeof TopicStrengthParams>

/**
 * The reason of a `topic-strength` judgement: the target and, per requested topic, the mentor's
 * strength (the mean level of its sources).
 * @example
 * const r: TopicStrengthReason = { target: 3, topics: [{ topic: 'strategy', strength: 4 }] }
 * @since 0.1.0
 */
export type TopicStrengthReason = {
  readonly target: number
  readonly topics: readonly { readonly topic: Topic; readonly strength: number }[]
}

interface MentorFacts {
  readonly id: EmployeeId
  /** Per topic (in {@link TOPICS} order): the sources with their levels, the strength, and min(strength, target) / target. */
  readonly sources: readonly (readonly { readonly source: TopicSource; readonly level: Level }[])[]
  readonly strength: readonly number[]
  readonly met: readonly number[]
}

const levelOf = (e: Employee, s: TopicSource): Level =>
  s.from === 'competency' ? e.competencies[s.name] : s.from === 'expertise' ? expertiseLevel(e.expertise, s.name) : e.strategyInsight

const mentorFacts = (e: Employee, p: Params): MentorFacts => {
  const sources = TOPICS.map((t) => (p.sources[t] ?? DEFAULT_TOPIC_SOURCES[t]).map((source) => ({ source, level: levelOf(e, source) })))
  const strength = sources.map((list) => list.reduce((s, x) => s + x.level, 0) / list.length)
  return { id: e.id, sources, strength, met: strength.map((s) => Math.min(s, p.target) / p.target) }
}

const kernel = (mentors: readonly MentorFacts[], mentees: readonly (readonly number[])[]): RowKernel => {
  const width = TOPICS.length
  const met = new Float64Array(mentors.length * width)
  mentors.forEach((m, i) => m.met.forEach((v, t) => (met[i * width + t] = v)))
  const topics = mentees.map((t) => Int32Array.from(t))
  return (j, list, count, out) => {
    const ts = topics[j] ?? new Int32Array(0)
    const n = ts.length
    for (let k = 0; k < count; k++) {
      const base = (list[k] ?? 0) * width
      let sum = 0
      for (let a = 0; a < n; a++) sum += met[base + (ts[a] ?? 0)] ?? 0
      out[k] = n === 0 ? 1 : sum / n
    }
  }
}

const raise = (id: EmployeeId, s: TopicSource, to: Level): Hint =>
  s.from === 'competency'
    ? { code: 'raise-competency', employeeId: id, competency: s.name, to }
    : s.from === 'expertise'
      ? { code: 'raise-expertise', employeeId: id, area: s.name, to }
      : { code: 'raise-strategy-insight', employeeId: id, to }

const hints = (mentor: MentorFacts, topics: readonly number[], target: Level): readonly Hint[] =>
  topics
    .filter((t) => (mentor.strength[t] ?? 0) < target)
    .flatMap((t) => (mentor.sources[t] ?? []).filter((s) => s.level < target).map((s) => raise(mentor.id, s.source, target)))

/**
 * `topic-strength` (S8: the mentor helps with how to approach things, how to win support for
 * ideas, the logical next step; S9: an experienced employee understands the company strategy).
 * With `T` the mentee's topics (without repeats), `raw` is the mean over `T` of
 * `min(strength, target) / target`, and 1 when `T` is empty. A topic's strength is the mean level
 * of its sources ({@link DEFAULT_TOPIC_SOURCES}, or `params.sources`). Hint when required: the
 * mentor reaches `target` in every source below it of every topic below it.
 * @example
 * topicStrength.bind({ target: 4 }) // Right(bound criterion)
 * @since 0.1.0
 */
export const topicStrength = defineCriterion({
  name: 'topic-strength',
  statements: ['S8', 'S9'],
  params: TopicStrengthParams,
  mentorFacts: (m, p) => mentorFacts(m.employee, p),
  menteeFacts: (t) => [...new Set(t.request.topics)].map((topic) => TOPICS.indexOf(topic)),
  evaluate: ({ mentor, mentee, params }) => {
    let sum = 0
    for (const t of mentee) sum += mentor.met[t] ?? 0
    const topics = mentee.map((t) => ({ topic: TOPICS[t] ?? 'approach', strength: mentor.strength[t] ?? 0 }))
    const reason: TopicStrengthReason = { target: params.target, topics }
    return { raw: mentee.length === 0 ? 1 : sum / mentee.length, reason }
  },
  kernel: (mentors, mentees) => kernel(mentors, mentees),
  hints: ({ mentor, mentee, params }) => hints(mentor, mentee, params.target as Level),
})
