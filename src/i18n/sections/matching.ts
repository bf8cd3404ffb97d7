/**
 * Messages of the matching module: bad options and programmes that cannot be matched, and the
 * text of an explained matching, in English and Dutch side by side.
 * @module
 */
import type { Section } from '../locale.js'

type Strategy = 'optimal' | 'stable' | 'greedy'

/** Parameters of each matching message, by code. Numbers arrive formatted for the locale. */
export interface MatchingParams {
  'match-invalid-options': { readonly received: string }
  'match-unknown-option': { readonly key: string; readonly allowed: readonly string[] }
  'match-invalid-strategy': { readonly received: string; readonly allowed: readonly string[] }
  'match-invalid-load-balance': { readonly received: string }
  'match-load-balance-with-stable': { readonly loadBalance: number }
  'match-invalid-score': { readonly mentorId: string; readonly menteeId: string; readonly value: string; readonly count: number }
  'matching-head': { readonly strategy: Strategy; readonly matched: number; readonly mentees: number; readonly coverage: string; readonly total: string }
  'matching-pairs': { readonly count: number }
  'matching-pair': { readonly mentorId: string; readonly menteeId: string; readonly score: string; readonly locked: boolean }
  'matching-top-reason': { readonly criterion: string; readonly contribution: string; readonly reason: string }
  'matching-no-reasons': Readonly<Record<string, never>>
  'matching-unmatched': { readonly count: number }
  'matching-unmatched-mentee': { readonly menteeId: string }
  'unmatched-no-eligible-mentor': { readonly pool: number; readonly excludedBy: readonly string[] }
  'unmatched-excluded-by': { readonly criterion: string; readonly mentors: number }
  'unmatched-mentors-at-capacity': { readonly mentorIds: readonly string[] }
  'unmatched-places-taken': { readonly mentors: readonly string[]; readonly optimal: boolean }
  'unmatched-taken-by': { readonly mentorId: string; readonly menteeIds: readonly string[] }
  'matching-load': { readonly loads: readonly string[] }
  'matching-mentor-load': { readonly mentorId: string; readonly load: number }
  'matching-price': {
    readonly strategy: Strategy
    readonly mentees: number
    readonly coverage: string
    readonly score: string
    readonly scoreLost: number
  }
}

const list = (xs: readonly string[], and: string): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1] ?? ''}`

const STRATEGY_EN: Record<Strategy, string> = { optimal: 'Optimal', stable: 'Stable', greedy: 'Greedy' }
const STRATEGY_NL: Record<Strategy, string> = { optimal: 'Optimale', stable: 'Stabiele', greedy: 'Gretige' }

const menteesEn = (n: number): string => (n === 1 ? '1 mentee' : `${n} mentees`)
const menteesNl = (n: number): string => (n === 1 ? '1 mentee' : `${n} mentees`)
const mentorsEn = (n: number): string => (n === 1 ? '1 mentor' : `${n} mentors`)
const mentorsNl = (n: number): string => (n === 1 ? '1 mentor' : `${n} mentoren`)

/** English and Dutch renderings. */
export const matching: Section<MatchingParams> = {
  en: {
    'match-invalid-options': (p) => `The match options must be an object, received ${p.received}.`,
    'match-unknown-option': (p) => `Unknown match option ${p.key}; allowed are: ${p.allowed.join(', ')}.`,
    'match-invalid-strategy': (p) => `Unknown strategy ${p.received}; choose one of ${p.allowed.join(', ')}.`,
    'match-invalid-load-balance': (p) => `loadBalance must be a finite number of at least 0, received ${p.received}.`,
    'match-load-balance-with-stable': (p) =>
      `The stable strategy ranks on scores alone and cannot balance load (loadBalance ${p.loadBalance}); use optimal or greedy, or loadBalance 0.`,
    'match-invalid-score': (p) =>
      `The score of mentor ${p.mentorId} for mentee ${p.menteeId} is ${p.value}, not a number` +
      (p.count > 1 ? ` (and ${p.count - 1} more pairs like it).` : '.'),
    'matching-head': (p) =>
      `${STRATEGY_EN[p.strategy]} matching: ${p.matched} of ${menteesEn(p.mentees)} matched (${p.coverage}), total score ${p.total}.`,
    'matching-pairs': (p) => (p.count === 0 ? 'No pairs.' : p.count === 1 ? '1 pair:' : `${p.count} pairs:`),
    'matching-pair': (p) => `- ${p.mentorId} mentors ${p.menteeId}: score ${p.score}${p.locked ? ' (locked)' : ''}.`,
    'matching-top-reason': (p) => `    ${p.criterion} ${p.contribution}: ${p.reason}.`,
    'matching-no-reasons': () => '    no preferences weigh in (every eligible pair scores the same).',
    'matching-unmatched': (p) => (p.count === 1 ? '1 mentee without a mentor:' : `${menteesEn(p.count)} without a mentor:`),
    'matching-unmatched-mentee': (p) => `- ${p.menteeId}:`,
    'unmatched-no-eligible-mentor': (p) =>
      p.pool === 0
        ? '    the programme has no mentors.'
        : `    none of the ${mentorsEn(p.pool)} is eligible` + (p.excludedBy.length === 0 ? '.' : `: ${p.excludedBy.join('; ')}.`),
    'unmatched-excluded-by': (p) => `${p.criterion} rules out ${p.mentors}`,
    'unmatched-mentors-at-capacity': (p) =>
      `    eligible, but already full: ${list(p.mentorIds, 'and')}.`,
    'unmatched-places-taken': (p) =>
      `    eligible, but their places went to others: ${p.mentors.join('; ')}` +
      (p.optimal ? ' (placing this mentee would leave another one without a mentor).' : '.'),
    'unmatched-taken-by': (p) => `${p.mentorId} to ${list(p.menteeIds, 'and')}`,
    'matching-load': (p) => `Mentor load (existing pairs included): ${p.loads.join(', ')}.`,
    'matching-mentor-load': (p) => `${p.mentorId} ${p.load}`,
    'matching-price': (p) =>
      `Against the optimal matching (the price of ${p.strategy === 'stable' ? 'stability' : 'greed'}): ` +
      `${p.mentees === 0 ? 'no mentee' : menteesEn(p.mentees)} fewer matched (coverage ${p.coverage} lower), ` +
      (p.scoreLost >= 0 ? `total score ${p.score} lower.` : `total score ${p.score} higher.`),
  },
  nl: {
    'match-invalid-options': (p) => `De opties voor het koppelen moeten een object zijn, maar dit is ${p.received}.`,
    'match-unknown-option': (p) => `Onbekende optie ${p.key}; toegestaan zijn: ${p.allowed.join(', ')}.`,
    'match-invalid-strategy': (p) => `Onbekende strategie ${p.received}; kies uit ${p.allowed.join(', ')}.`,
    'match-invalid-load-balance': (p) => `loadBalance moet een eindig getal van 0 of meer zijn, maar dit is ${p.received}.`,
    'match-load-balance-with-stable': (p) =>
      `De stabiele strategie kijkt alleen naar scores en kan de belasting niet spreiden (loadBalance ${p.loadBalance}); ` +
      'kies optimal of greedy, of loadBalance 0.',
    'match-invalid-score': (p) =>
      `De score van mentor ${p.mentorId} voor mentee ${p.menteeId} is ${p.value}, geen getal` +
      (p.count > 1 ? ` (en nog ${p.count - 1} koppels zoals dit).` : '.'),
    'matching-head': (p) =>
      `${STRATEGY_NL[p.strategy]} koppeling: ${p.matched} van ${menteesNl(p.mentees)} gekoppeld (${p.coverage}), totale score ${p.total}.`,
    'matching-pairs': (p) => (p.count === 0 ? 'Geen koppels.' : p.count === 1 ? '1 koppel:' : `${p.count} koppels:`),
    'matching-pair': (p) => `- ${p.mentorId} begeleidt ${p.menteeId}: score ${p.score}${p.locked ? ' (vastgezet)' : ''}.`,
    'matching-top-reason': (p) => `    ${p.criterion} ${p.contribution}: ${p.reason}.`,
    'matching-no-reasons': () => '    er tellen geen voorkeuren mee (elk mogelijk koppel scoort gelijk).',
    'matching-unmatched': (p) => `${menteesNl(p.count)} zonder mentor:`,
    'matching-unmatched-mentee': (p) => `- ${p.menteeId}:`,
    'unmatched-no-eligible-mentor': (p) =>
      p.pool === 0
        ? '    het programma heeft geen mentoren.'
        : `    geen van de ${mentorsNl(p.pool)} komt in aanmerking` +
          (p.excludedBy.length === 0 ? '.' : `: ${p.excludedBy.join('; ')}.`),
    'unmatched-excluded-by': (p) => `${p.criterion} valt af voor ${mentorsNl(p.mentors)}`,
    'unmatched-mentors-at-capacity': (p) => `    komt in aanmerking bij ${list(p.mentorIds, 'en')}, maar die zitten al vol.`,
    'unmatched-places-taken': (p) =>
      `    komt in aanmerking, maar de plaatsen gingen naar anderen: ${p.mentors.join('; ')}` +
      (p.optimal ? ' (wie deze mentee koppelt, laat een ander zonder mentor).' : '.'),
    'unmatched-taken-by': (p) => `${p.mentorId} aan ${list(p.menteeIds, 'en')}`,
    'matching-load': (p) => `Mentees per mentor (lopende koppels meegeteld): ${p.loads.join(', ')}.`,
    'matching-mentor-load': (p) => `${p.mentorId} ${p.load}`,
    'matching-price': (p) =>
      `Vergeleken met de optimale koppeling (de prijs van ${p.strategy === 'stable' ? 'stabiliteit' : 'de gretige aanpak'}): ` +
      `${p.mentees === 0 ? 'geen mentee' : menteesNl(p.mentees)} minder gekoppeld (dekking ${p.coverage} lager), ` +
      (p.scoreLost >= 0 ? `totale score ${p.score} lager.` : `totale score ${p.score} hoger.`),
  },
}
