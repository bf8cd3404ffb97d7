/**
 * Words shared by the accountability messages and the programme report: states, levels, health,
 * roles, measures and risks in English and Dutch, and small formatting helpers.
 * @module
 */
import type { FormalityLevel } from '../../programme/formality.js'

export type Status =
  | 'observed'
  | 'encouraged'
  | 'proposed'
  | 'accepted'
  | 'declined'
  | 'expired'
  | 'active'
  | 'paused'
  | 'completed'
  | 'ended'
export type HealthName = 'on-track' | 'attention' | 'overdue' | 'closed'
export type Due = 'due' | 'overdue' | 'open'
export type Kind =
  | 'encourage-pair'
  | 'answer-proposal'
  | 'approve-proposal'
  | 'expire-proposal'
  | 'start-mentorship'
  | 'set-goals'
  | 'set-plan'
  | 'hold-session'
  | 'submit-report'
  | 'follow-up-report'
  | 'review-report'
  | 'hold-check-in'
  | 'address-goal'
export type Measure =
  | 'belonging'
  | 'development-pace'
  | 'engagement'
  | 'coping'
  | 'motivating'
  | 'coaching'
  | 'setting-boundaries'
  | 'giving-freedom'
export type Who = 'manager' | 'mentor' | 'mentee' | 'hr' | 'system'
export type Risk = 'reported-at-risk' | 'target-near' | 'target-passed'
export type OverdueKind = 'report' | 'review' | 'check-in' | 'answer' | 'session' | 'goal'


export const STATUS = {
  en: {
    observed: 'observed', encouraged: 'encouraged', proposed: 'proposed', accepted: 'accepted', declined: 'declined',
    expired: 'expired', active: 'active', paused: 'paused', completed: 'completed', ended: 'ended early',
  },
  nl: {
    observed: 'opgemerkt', encouraged: 'aangemoedigd', proposed: 'voorgesteld', accepted: 'geaccepteerd', declined: 'afgewezen',
    expired: 'verlopen', active: 'actief', paused: 'gepauzeerd', completed: 'afgerond', ended: 'voortijdig beëindigd',
  },
} as const satisfies Record<'en' | 'nl', Record<Status, string>>

export const LEVEL = {
  en: { spontaneous: 'spontaneous', encouraged: 'encouraged', structured: 'structured', formal: 'formal' },
  nl: { spontaneous: 'spontaan', encouraged: 'aangemoedigd', structured: 'gestructureerd', formal: 'formeel' },
} as const satisfies Record<'en' | 'nl', Record<FormalityLevel, string>>

export const HEALTH = {
  en: { 'on-track': 'on track', attention: 'needs attention', overdue: 'work overdue', closed: 'closed' },
  nl: { 'on-track': 'op schema', attention: 'aandacht nodig', overdue: 'achterstand', closed: 'afgesloten' },
} as const satisfies Record<'en' | 'nl', Record<HealthName, string>>

export const ROLE = {
  en: { manager: 'Manager', mentor: 'Mentor', mentee: 'Mentee', hr: 'HR', system: 'System' },
  nl: { manager: 'Leidinggevende', mentor: 'Mentor', mentee: 'Mentee', hr: 'HR', system: 'Systeem' },
} as const satisfies Record<'en' | 'nl', Record<Who, string>>

export const MEASURE = {
  en: {
    belonging: 'feeling at home', 'development-pace': 'pace of development', engagement: 'engagement',
    coping: 'coping with conflict and stress', motivating: 'motivating', coaching: 'coaching',
    'setting-boundaries': 'setting boundaries', 'giving-freedom': 'giving freedom',
  },
  nl: {
    belonging: 'zich thuis voelen', 'development-pace': 'ontwikkeltempo', engagement: 'betrokkenheid',
    coping: 'omgaan met conflicten en stress', motivating: 'motiveren', coaching: 'coachen',
    'setting-boundaries': 'grenzen stellen', 'giving-freedom': 'vrijheid geven',
  },
} as const satisfies Record<'en' | 'nl', Record<Measure, string>>

export const RISK = {
  en: { 'reported-at-risk': 'reported at risk', 'target-near': 'target date is near', 'target-passed': 'target date has passed' },
  nl: { 'reported-at-risk': 'als risico gemeld', 'target-near': 'streefdatum nadert', 'target-passed': 'streefdatum verstreken' },
} as const satisfies Record<'en' | 'nl', Record<Risk, string>>

export const days = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`
export const late = (n: number): string => days(n, 'day', 'days')
export const laat = (n: number): string => days(n, 'dag', 'dagen')
export const fig = (x: number): string => (Math.round(x * 10) / 10).toFixed(1)
export const signed = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${fig(Math.abs(x))}`
export const list = (xs: readonly string[], and: string): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1] ?? ''}`
