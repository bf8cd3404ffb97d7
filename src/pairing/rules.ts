/**
 * The criteria that apply to a programme, bound to their implementations.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { issue, type Issue, type Path } from '../errors/issue.js'
import type { CriterionRule, Programme } from '../programme/programme.js'
import { translateZodIssue } from '../programme/zod-issues.js'
import type { BoundCriterion, Criterion } from './criterion.js'
import { CRITERION_NAMES, findCriterion } from './registry.js'

/**
 * The rule that always applies: nobody mentors someone in their own reporting line.
 * @example
 * REPORTING_LINE_RULE.mode // 'require'
 * @since 0.1.0
 */
export const REPORTING_LINE_RULE: CriterionRule = { criterion: 'not-reporting-line', mode: 'require', weight: 0, params: {} }

/**
 * The rules that apply to a programme, each with its index in `programme.criteria` (`undefined`
 * for the implicit `not-reporting-line`, which comes first when the programme does not list it;
 * when listed it counts as `require` whatever its mode).
 * @example
 * effectiveRules(programme)[0]?.rule.criterion // 'not-reporting-line'
 * @since 0.1.0
 */
export const effectiveRules = (
  programme: Pick<Programme, 'criteria'>,
): readonly { readonly rule: CriterionRule; readonly index: number | undefined }[] => {
  const listed = programme.criteria.map((rule, index) => ({
    rule: rule.criterion === REPORTING_LINE_RULE.criterion ? { ...rule, mode: 'require' as const } : rule,
    index,
  }))
  return listed.some((r) => r.rule.criterion === REPORTING_LINE_RULE.criterion)
    ? listed
    : [{ rule: REPORTING_LINE_RULE, index: undefined }, ...listed]
}

/**
 * A rule with its criterion bound to the rule's parameters.
 * @example
 * const b: BoundRule = { rule, bound }
 * @since 0.1.0
 */
export interface BoundRule {
  readonly rule: CriterionRule
  readonly bound: BoundCriterion
}

/**
 * Bind one rule to its criterion, checking its name and parameters; `at` is the rule's path in the
 * input (`['criteria', 2]`), or `undefined` for the implicit `not-reporting-line`.
 * @example
 * bindRule({ criterion: 'same-team', mode: 'prefer', weight: 1, params: {} }, ['criteria', 0], {}) // Right({ rule, bound })
 * @since 0.1.0
 */
export const bindRule = (
  rule: CriterionRule,
  at: Path | undefined,
  custom: Readonly<Record<string, Criterion>>,
): E.Either<readonly Issue[], BoundRule> => {
  const criterion = findCriterion(rule.criterion, custom)
  if (criterion === undefined) {
    const known = [...CRITERION_NAMES, ...Object.keys(custom)]
    return E.left([issue('unknown-criterion', [...(at ?? []), 'criterion'], { name: rule.criterion, known })])
  }
  const b = criterion.bind(rule.params)
  if (E.isRight(b)) return E.right({ rule, bound: b.right })
  const allowed = (p: Path): readonly string[] => (p.length === 0 ? criterion.paramKeys : [])
  return E.left(b.left.flatMap((z) => translateZodIssue(rule.params, z, [...(at ?? []), 'params'], allowed)))
}

/**
 * Bind every rule of a programme to its criterion (built-in, or the programme's
 * `customCriteria`), checking names and parameters: every problem at once, with its path.
 * @example
 * bindRules(programme) // Right([{ rule, bound }, ...])
 * @since 0.1.0
 */
export const bindRules = (programme: Pick<Programme, 'criteria' | 'customCriteria'>): E.Either<readonly Issue[], readonly BoundRule[]> => {
  const issues: Issue[] = []
  const bound: BoundRule[] = []
  for (const { rule, index } of effectiveRules(programme)) {
    const b = bindRule(rule, index === undefined ? undefined : ['criteria', index], programme.customCriteria)
    if (E.isLeft(b)) issues.push(...b.left)
    else bound.push(b.right)
  }
  return issues.length === 0 ? E.right(bound) : E.left(issues)
}
