/**
 * Messages of the readiness module: input problems, one sentence per gap code, and the lines of a
 * readiness explanation and an inventory, in English and Dutch side by side.
 * @module
 */
import type { Competency } from '../../model/organisation.js'
import type { FormalityLevel } from '../../programme/formality.js'
import type { Section } from '../locale.js'

/**
 * How a gap's rule weighs in the policy, and the policy's level; `null` when not known.
 * @internal
 */
export type RuleContext = {
  readonly requirement: 'required' | 'advised' | null
  readonly level: FormalityLevel | null
}

/** Parameters of each readiness message, by code. */
export interface ReadinessParams {
  'invalid-current-load': { readonly value: string }
  'interest-missing': RuleContext
  'not-interested': RuleContext
  'tenure-below-minimum': RuleContext & { readonly required: number; readonly actual: number; readonly metOn: string }
  'competency-below-minimum': RuleContext & {
    readonly competency: Competency
    readonly required: number
    readonly actual: number
  }
  'training-missing': RuleContext & { readonly required: string }
  'no-capacity': RuleContext & { readonly required: number; readonly actual: number }
  'readiness-ready': { readonly name: string; readonly level: FormalityLevel | null }
  'readiness-not-ready': { readonly name: string; readonly level: FormalityLevel | null }
  'readiness-advice': Record<string, never>
  'inventory-heading': {
    readonly level: FormalityLevel | null
    readonly asOf: string
    readonly ready: number
    readonly total: number
  }
  'inventory-team': { readonly team: string; readonly ready: number; readonly total: number }
}

/** "for a formal programme", per level. */
const FOR_EN = {
  spontaneous: 'for spontaneous mentoring',
  encouraged: 'for encouraged mentoring',
  structured: 'for a structured programme',
  formal: 'for a formal programme',
} as const satisfies Record<FormalityLevel, string>

const IN_EN = {
  spontaneous: 'in spontaneous mentoring',
  encouraged: 'in encouraged mentoring',
  structured: 'in a structured programme',
  formal: 'in a formal programme',
} as const satisfies Record<FormalityLevel, string>

const FOR_NL = {
  spontaneous: 'voor spontaan mentorschap',
  encouraged: 'voor aangemoedigd mentorschap',
  structured: 'voor een gestructureerd programma',
  formal: 'voor een formeel programma',
} as const satisfies Record<FormalityLevel, string>

const IN_NL = {
  spontaneous: 'bij spontaan mentorschap',
  encouraged: 'bij aangemoedigd mentorschap',
  structured: 'in een gestructureerd programma',
  formal: 'in een formeel programma',
} as const satisfies Record<FormalityLevel, string>

/**
 * The competencies by name, per locale.
 * @internal
 */
export const COMPETENCY_NAMES = {
  en: {
    planning: 'Planning',
    'goal-setting': 'Goal setting',
    didactics: 'Didactic skills',
    coaching: 'Coaching',
    motivating: 'Motivating',
    'setting-boundaries': 'Setting boundaries',
    'giving-freedom': 'Giving freedom',
  },
  nl: {
    planning: 'Plannen',
    'goal-setting': 'Doelen formuleren',
    didactics: 'Didactische vaardigheden',
    coaching: 'Coachen',
    motivating: 'Motiveren',
    'setting-boundaries': 'Grenzen stellen',
    'giving-freedom': 'Vrijheid geven',
  },
} as const satisfies Record<'en' | 'nl', Record<Competency, string>>

/** "required for a formal programme", "advised", or nothing. */
const weightEn = (c: RuleContext): string =>
  c.requirement === null ? '' : `${c.requirement}${c.level === null ? '' : ` ${FOR_EN[c.level]}`}`

const weightNl = (c: RuleContext): string =>
  c.requirement === null
    ? ''
    : `${c.requirement === 'required' ? 'vereist' : 'aangeraden'}${c.level === null ? '' : ` ${FOR_NL[c.level]}`}`

/** ` (required for a formal programme)` or nothing. */
const paren = (w: string): string => (w === '' ? '' : ` (${w})`)

const years = (n: number): string => `${n} year${n === 1 ? '' : 's'}`
const mentees = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`
const trainingEn = (kind: string): string =>
  kind === 'coaching-techniques' ? 'Not yet trained in coaching techniques' : `Has not yet completed the training "${kind}"`
const trainingNl = (kind: string): string =>
  kind === 'coaching-techniques' ? 'Nog geen training coachingstechnieken gevolgd' : `Nog geen training "${kind}" gevolgd`

/** English and Dutch renderings. */
export const readiness: Section<ReadinessParams> = {
  en: {
    'invalid-current-load': (p) => `The current load must be a whole number of mentees, 0 or more; received ${p.value}.`,
    'interest-missing': (p) => `No interest in a mentor role recorded yet${paren(weightEn(p))}.`,
    'not-interested': (p) =>
      `Has said they do not want a mentor role${p.requirement === null ? '' : ` (interest is ${weightEn(p)})`}.`,
    'tenure-below-minimum': (p) =>
      `${years(p.required)} in the team ${weightEn(p) || 'needed'}, now ${p.actual}; reached on ${p.metOn}.`,
    'competency-below-minimum': (p) =>
      `${COMPETENCY_NAMES.en[p.competency]} at level ${p.actual}; at least ${p.required} ${weightEn(p) || 'needed'}.`,
    'training-missing': (p) => `${trainingEn(p.required)}${paren(weightEn(p))}.`,
    'no-capacity': (p) =>
      p.required === 1
        ? `No room for mentees: the capacity is ${p.actual}${paren(weightEn(p))}.`
        : `No room for another mentee: already ${mentees(p.required - 1, 'mentee', 'mentees')} with a capacity of ${p.actual}${paren(weightEn(p))}.`,
    'readiness-ready': (p) => `${p.name} is ready for a mentor role${p.level === null ? '' : ` ${IN_EN[p.level]}`}.`,
    'readiness-not-ready': (p) =>
      `${p.name} is not yet ready for a mentor role${p.level === null ? '' : ` ${IN_EN[p.level]}`}:`,
    'readiness-advice': () => 'Advised to work on:',
    'inventory-heading': (p) =>
      `Ready for a mentor role${p.level === null ? '' : ` ${IN_EN[p.level]}`} on ${p.asOf}: ${p.ready} of ${p.total}.`,
    'inventory-team': (p) => `${p.team}: ${p.ready} of ${p.total} ready`,
  },
  nl: {
    'invalid-current-load': (p) =>
      `Het huidige aantal mentees moet een geheel getal van 0 of meer zijn; ontvangen: ${p.value}.`,
    'interest-missing': (p) => `Nog geen interesse in een mentorrol vastgelegd${paren(weightNl(p))}.`,
    'not-interested': (p) =>
      `Heeft aangegeven geen mentorrol te willen${p.requirement === null ? '' : ` (interesse is ${weightNl(p)})`}.`,
    'tenure-below-minimum': (p) =>
      `${p.required} jaar in het team ${weightNl(p) || 'nodig'}, nu ${p.actual}; gehaald op ${p.metOn}.`,
    'competency-below-minimum': (p) =>
      `${COMPETENCY_NAMES.nl[p.competency]} op niveau ${p.actual}; minimaal ${p.required} ${weightNl(p) || 'nodig'}.`,
    'training-missing': (p) => `${trainingNl(p.required)}${paren(weightNl(p))}.`,
    'no-capacity': (p) =>
      p.required === 1
        ? `Geen ruimte voor mentees: de capaciteit is ${p.actual}${paren(weightNl(p))}.`
        : `Geen ruimte voor nog een mentee: al ${mentees(p.required - 1, 'mentee', 'mentees')} bij een capaciteit van ${p.actual}${paren(weightNl(p))}.`,
    'readiness-ready': (p) => `${p.name} is klaar voor een mentorrol${p.level === null ? '' : ` ${IN_NL[p.level]}`}.`,
    'readiness-not-ready': (p) =>
      `${p.name} is nog niet klaar voor een mentorrol${p.level === null ? '' : ` ${IN_NL[p.level]}`}:`,
    'readiness-advice': () => 'Aangeraden om aan te werken:',
    'inventory-heading': (p) =>
      `Klaar voor een mentorrol${p.level === null ? '' : ` ${IN_NL[p.level]}`} op ${p.asOf}: ${p.ready} van ${p.total}.`,
    'inventory-team': (p) => `${p.team}: ${p.ready} van ${p.total} klaar`,
  },
}
