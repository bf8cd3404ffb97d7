/**
 * The default criteria of each formality level, used when a programme lists none.
 * @module
 */
import type { FormalityLevel } from '../programme/formality.js'
import type { CriterionRule } from '../programme/programme.js'

const rule = (criterion: string, mode: CriterionRule['mode'], weight: number): CriterionRule => ({
  criterion,
  mode,
  weight,
  params: {},
})

/**
 * The criteria of a programme that lists none, per level (`not-reporting-line` applies on top,
 * always). `spontaneous` has none: pairs arise by themselves (S13). `encouraged` prefers the
 * manager's own team (S2, S10), pairs that get on (S13) and a more experienced mentor (S6).
 * `structured` requires a more experienced mentor (S6) and weighs expertise (S6), topics (S8,
 * S9), the team, affinity and a common language. `formal` also requires a ready mentor (S15, S17)
 * and weighs expertise and topics more. See `docs/criteria.md` for the table.
 * @example
 * DEFAULT_CRITERIA.formal.find((r) => r.criterion === 'mentor-ready')?.mode // 'require'
 * @since 0.1.0
 */
export const DEFAULT_CRITERIA = {
  spontaneous: [],
  encouraged: [rule('same-team', 'prefer', 3), rule('mutual-affinity', 'prefer', 3), rule('more-experienced', 'prefer', 2)],
  structured: [
    rule('more-experienced', 'require', 0),
    rule('expertise-coverage', 'prefer', 4),
    rule('topic-strength', 'prefer', 3),
    rule('same-team', 'prefer', 2),
    rule('mutual-affinity', 'prefer', 2),
    rule('shared-language', 'prefer', 1),
  ],
  formal: [
    rule('more-experienced', 'require', 0),
    rule('mentor-ready', 'require', 0),
    rule('expertise-coverage', 'prefer', 5),
    rule('topic-strength', 'prefer', 4),
    rule('same-team', 'prefer', 2),
    rule('mutual-affinity', 'prefer', 1),
    rule('shared-language', 'prefer', 1),
  ],
} as const satisfies Record<FormalityLevel, readonly CriterionRule[]>

/**
 * The default criteria of `level`.
 * @example
 * defaultCriteria('spontaneous') // []
 * @since 0.1.0
 */
export const defaultCriteria = (level: FormalityLevel): readonly CriterionRule[] => DEFAULT_CRITERIA[level]
