/**
 * Readiness in words, for a manager, in English or Dutch (CONTRACT §4: `explain`).
 * @module
 */
import { match } from 'ts-pattern'
import type { RuleContext } from '../i18n/sections/readiness.js'
import { render } from '../i18n/messages.js'
import type { Locale } from '../i18n/locale.js'
import type { FormalityLevel } from '../programme/formality.js'
import type { ProgrammePolicy } from '../programme/policy.js'
import { RULE_OF_GAP, type Gap } from './gap.js'
import type { Readiness } from './readiness.js'

/**
 * One gap as a sentence, in a known context.
 * @internal
 */
export const gapSentence = (gap: Gap, locale: Locale, context: RuleContext): string =>
  match(gap)
    .with({ code: 'interest-missing' }, () => render(locale, 'interest-missing', context))
    .with({ code: 'not-interested' }, () => render(locale, 'not-interested', context))
    .with({ code: 'tenure-below-minimum' }, (g) => render(locale, 'tenure-below-minimum', { ...context, ...g }))
    .with({ code: 'competency-below-minimum' }, (g) => render(locale, 'competency-below-minimum', { ...context, ...g }))
    .with({ code: 'training-missing' }, (g) => render(locale, 'training-missing', { ...context, ...g }))
    .with({ code: 'no-capacity' }, (g) => render(locale, 'no-capacity', { ...context, ...g }))
    .exhaustive()

/** The requirement of a gap's rule in `policy`, `null` when not checked or not known. */
const weightIn = (gap: Gap, policy: ProgrammePolicy | undefined): RuleContext => {
  const requirement = policy?.mentor[RULE_OF_GAP[gap.code]].requirement
  return {
    requirement: requirement === 'required' || requirement === 'advised' ? requirement : null,
    level: policy?.level ?? null,
  }
}

/**
 * One gap as a sentence for a manager. With the `policy` it was found under, the sentence says
 * whether the policy requires or advises it, and for which level.
 * @example
 * explainGap({ code: 'training-missing', required: 'coaching-techniques' }, 'nl', defaultPolicy('formal'))
 * // 'Nog geen training coachingstechnieken gevolgd (vereist voor een formeel programma).'
 * explainGap({ code: 'tenure-below-minimum', required: 2, actual: 1, metOn: date }, 'en')
 * // '2 years in the team needed, now 1; reached on 2026-11-01.'
 * @since 0.1.0
 */
export const explainGap = (gap: Gap, locale: Locale, policy?: ProgrammePolicy): string =>
  gapSentence(gap, locale, weightIn(gap, policy))

/**
 * The lines of a readiness explanation: the verdict, the blocking gaps, then the advice.
 * @internal
 */
export const readinessLines = (r: Readiness, locale: Locale, name: string, level: FormalityLevel | null): string[] => {
  const verdict = render(locale, r.status === 'ready' ? 'readiness-ready' : 'readiness-not-ready', { name, level })
  const line = (requirement: RuleContext['requirement']) => (g: Gap) => `- ${gapSentence(g, locale, { requirement, level })}`
  const advice = r.advice.length === 0 ? [] : [render(locale, 'readiness-advice', {}), ...r.advice.map(line('advised'))]
  return [verdict, ...r.gaps.map(line('required')), ...advice]
}

/**
 * A readiness result as a short text for a manager: whether the person is ready, each blocking
 * gap on its own line, then the advice. `policy` (the one assessed with) adds the level; `name`
 * replaces the employee id.
 * @example
 * const readiness = assessReadiness(org, 'e1', defaultPolicy('formal'), '2026-11-01')
 * if (readiness._tag === 'Right')
 *   explainReadiness(readiness.right, 'nl', { policy: defaultPolicy('formal'), name: 'Anouk de Vries' })
 * // 'Anouk de Vries is nog niet klaar voor een mentorrol in een formeel programma:\n'
 * // + '- Doelen formuleren op niveau 2; minimaal 3 vereist voor een formeel programma.\n'
 * // + '- Nog geen training coachingstechnieken gevolgd (vereist voor een formeel programma).'
 * @since 0.1.0
 */
export const explainReadiness = (
  readiness: Readiness,
  locale: Locale,
  options?: { readonly policy?: ProgrammePolicy; readonly name?: string },
): string =>
  readinessLines(readiness, locale, options?.name ?? readiness.employeeId, options?.policy?.level ?? null).join('\n')
