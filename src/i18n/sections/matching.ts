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
  'matching-head': {
    readonly strategy: Strategy
    readonly matched: number
    readonly mentees: number
    readonly coverage: string
    readonly total: string
  }
  'matching-pairs': { readonly count: number }
  'matching-pair': { readonly mentor: string; readonly mentee: string; readonly score: string; readonly locked: boolean }
  'matching-top-reason': { readonly criterion: string; readonly contribution: string; readonly reason: string }
  'matching-no-reasons': Readonly<Record<string, never>>
  'matching-unmatched': { readonly count: number }
  'matching-unmatched-mentee': { readonly mentee: string }
  'unmatched-no-eligible-mentor': { readonly pool: number; readonly excludedBy: readonly string[] }
  'unmatched-excluded-by': { readonly criterion: string; readonly mentors: number }
  'unmatched-mentors-at-capacity': { readonly mentors: readonly string[] }
  'unmatched-places-taken': { readonly mentors: readonly string[]; readonly optimal: boolean }
  'unmatched-taken-by': { readonly mentor: string; readonly mentees: readonly string[] }
  'matching-price': {
    readonly strategy: 'stable' | 'greedy'
    readonly mentees: number
    readonly points: string
    readonly score: string
    readonly lower: boolean
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
    'matching-pair': (p) => `- ${p.mentor} mentors ${p.mentee}: score ${p.score}${p.locked ? ' (locked by the programme)' : ''}.`,
    'matching-top-reason': (p) => `    ${p.criterion} ${p.contribution}: ${p.reason}.`,
    'matching-no-reasons': () => '    no preference weighs in: every eligible pair scores the same.',
    'matching-unmatched': (p) => `${menteesEn(p.count)} without a mentor:`,
    'matching-unmatched-mentee': (p) => `- ${p.mentee}:`,
    'unmatched-no-eligible-mentor': (p) =>
      p.pool === 0
        ? '    the programme has no mentors.'
        : `    none of the ${mentorsEn(p.pool)} is eligible` + (p.excludedBy.length === 0 ? '.' : `: ${p.excludedBy.join('; ')}.`),
    'unmatched-excluded-by': (p) =>
      p.criterion === 'forbidden'
        ? `${p.mentors} forbidden by the programme`
        : p.criterion === 'already-paired'
          ? `${p.mentors} already ${p.mentors === 1 ? 'mentors' : 'mentor'} this mentee`
          : `${p.criterion} rules out ${p.mentors}`,
    'unmatched-mentors-at-capacity': (p) => `    eligible with ${list(p.mentors, 'and')}, but ${p.mentors.length === 1 ? 'that mentor is' : 'they are'} already full.`,
    'unmatched-places-taken': (p) =>
      `    eligible, but the places went to others: ${p.mentors.join('; ')}` +
      (p.optimal ? '; placing this mentee would leave another one without a mentor.' : '.'),
    'unmatched-taken-by': (p) => `${p.mentor} to ${list(p.mentees, 'and')}`,
    'matching-price': (p) =>
      `Against the optimal matching (the price of ${p.strategy === 'stable' ? 'stability' : 'going greedy'}): ` +
      `${p.mentees === 0 ? 'no mentee' : menteesEn(p.mentees)} fewer matched (coverage ${p.points} points lower), ` +
      `total score ${p.score} ${p.lower ? 'lower' : 'higher'}.`,
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
    'matching-pair': (p) => `- ${p.mentor} begeleidt ${p.mentee}: score ${p.score}${p.locked ? ' (vastgezet in het programma)' : ''}.`,
    'matching-top-reason': (p) => `    ${p.criterion} ${p.contribution}: ${p.reason}.`,
    'matching-no-reasons': () => '    er telt geen voorkeur mee: elk mogelijk koppel scoort even hoog.',
    'matching-unmatched': (p) => `${menteesNl(p.count)} zonder mentor:`,
    'matching-unmatched-mentee': (p) => `- ${p.mentee}:`,
    'unmatched-no-eligible-mentor': (p) =>
      p.pool === 0
        ? '    het programma heeft geen mentoren.'
        : `    geen van de ${mentorsNl(p.pool)} komt in aanmerking` + (p.excludedBy.length === 0 ? '.' : `: ${p.excludedBy.join('; ')}.`),
    'unmatched-excluded-by': (p) =>
      p.criterion === 'forbidden'
        ? `${mentorsNl(p.mentors)} uitgesloten door het programma`
        : p.criterion === 'already-paired'
          ? `${mentorsNl(p.mentors)} ${p.mentors === 1 ? 'begeleidt' : 'begeleiden'} deze mentee al`
          : `${p.criterion}: ${mentorsNl(p.mentors)} uitgesloten`,
    'unmatched-mentors-at-capacity': (p) =>
      `    komt in aanmerking bij ${list(p.mentors, 'en')}, maar ${p.mentors.length === 1 ? 'die zit' : 'die zitten'} al vol.`,
    'unmatched-places-taken': (p) =>
      `    komt in aanmerking, maar de plaatsen zijn naar anderen gegaan: ${p.mentors.join('; ')}` +
      (p.optimal ? '; wie deze mentee koppelt, laat een ander zonder mentor.' : '.'),
    'unmatched-taken-by': (p) => `${p.mentor} aan ${list(p.mentees, 'en')}`,
    'matching-price': (p) =>
      `Vergeleken met de optimale koppeling (de prijs van ${p.strategy === 'stable' ? 'stabiliteit' : 'de gretige aanpak'}): ` +
      `${p.mentees === 0 ? 'geen mentee' : menteesNl(p.mentees)} minder gekoppeld (dekking ${p.points} procentpunt lager), ` +
      `totale score ${p.score} ${p.lower ? 'lager' : 'hoger'}.`,
  },
}
