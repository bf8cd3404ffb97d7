/**
 * Messages of the pairing module: pair scores, their breakdown rows, violations and hints, and
 * the errors of scoring, in English and Dutch side by side.
 * @module
 */
import type { Competency } from '../../model/organisation.js'
import type { ExpertiseCoverageReason } from '../../pairing/criteria/expertise-coverage.js'
import type { MoreExperiencedReason } from '../../pairing/criteria/more-experienced.js'
import type { MutualAffinityReason } from '../../pairing/criteria/mutual-affinity.js'
import type { NotReportingLineReason } from '../../pairing/criteria/not-reporting-line.js'
import type { SameLocationReason } from '../../pairing/criteria/same-location.js'
import type { SameTeamReason } from '../../pairing/criteria/same-team.js'
import type { SharedLanguageReason } from '../../pairing/criteria/shared-language.js'
import type { TopicStrengthReason } from '../../pairing/criteria/topic-strength.js'
import type { Topic } from '../../programme/programme.js'
import type { Locale, Section } from '../locale.js'
import { COMPETENCY_NAMES } from './readiness.js'

type Id = { readonly employeeId: string }

/** Parameters of each pairing message, by code. Numbers arrive formatted for the locale. */
export interface PairingParams {
  'scoring-invalid-date': { readonly value: string }
  'not-a-mentee': { readonly id: string }
  'same-employee': { readonly id: string }
  'pair-eligible': { readonly mentorId: string; readonly menteeId: string; readonly score: string }
  'pair-ineligible': { readonly mentorId: string; readonly menteeId: string }
  'pair-criteria': Readonly<Record<string, never>>
  'pair-violations': Readonly<Record<string, never>>
  'pair-hints': Readonly<Record<string, never>>
  'pair-no-hints': Readonly<Record<string, never>>
  'row-required': { readonly criterion: string; readonly met: boolean; readonly reason: string }
  'row-weighted': {
    readonly criterion: string
    readonly mode: 'prefer' | 'avoid'
    readonly weight: string
    readonly raw: string
    readonly contribution: string
    readonly reason: string
  }
  'reason-not-reporting-line': NotReportingLineReason
  'reason-more-experienced': MoreExperiencedReason
  'reason-expertise-coverage': ExpertiseCoverageReason
  'reason-topic-strength': TopicStrengthReason
  'reason-same-team': SameTeamReason
  'reason-mutual-affinity': MutualAffinityReason
  'reason-shared-language': SharedLanguageReason
  'reason-same-location': SameLocationReason
  'reason-mentor-ready': { readonly status: 'ready' | 'not-ready'; readonly gaps: readonly string[] }
  'reason-custom': { readonly detail: string }
  'violation-forbidden': { readonly mentorId: string; readonly menteeId: string }
  'violation-already-paired': { readonly mentorId: string; readonly menteeId: string }
  'violation-not-in-mentor-pool': { readonly mentorId: string }
  'violation-requirement-unmet': { readonly criterion: string; readonly fixable: boolean }
  'hint-remove-forbidden': { readonly mentorId: string; readonly menteeId: string }
  'hint-add-mentor': Id
  'hint-complete-training': Id & { readonly kind: string }
  'hint-wait-until': { readonly date: string }
  'hint-raise-competency': Id & { readonly competency: Competency; readonly to: number }
  'hint-raise-expertise': Id & { readonly area: string; readonly to: number }
  'hint-raise-strategy-insight': Id & { readonly to: number }
  'hint-record-interest': Id
  'hint-raise-capacity': Id & { readonly to: number }
  'hint-add-affinity': { readonly a: string; readonly b: string }
  'hint-set-params': { readonly criterion: string; readonly params: string }
  'hint-relax-criterion': { readonly criterion: string }
}

/**
 * The built-in criteria by name, per locale (a host's criteria show their own name).
 * @internal
 */
export const CRITERION_LABELS = {
  en: {
    'not-reporting-line': 'not in the reporting line',
    'more-experienced': 'more experienced',
    'expertise-coverage': 'expertise in the development areas',
    'topic-strength': 'strong in the topics asked for',
    'same-team': 'same team',
    'mutual-affinity': 'mutual affinity',
    'shared-language': 'shared language',
    'same-location': 'same location',
    'mentor-ready': 'mentor ready',
  },
  nl: {
    'not-reporting-line': 'niet in de eigen rapportagelijn',
    'more-experienced': 'meer ervaring',
    'expertise-coverage': 'deskundig in de ontwikkelgebieden',
    'topic-strength': 'sterk in de gevraagde onderwerpen',
    'same-team': 'zelfde team',
    'mutual-affinity': 'wederzijdse klik',
    'shared-language': 'gemeenschappelijke taal',
    'same-location': 'zelfde locatie',
    'mentor-ready': 'mentor is er klaar voor',
  },
} as const satisfies Record<Locale, Record<string, string>>

const TOPIC_LABELS = {
  en: { approach: 'approach', 'buy-in': 'buy-in', 'next-step': 'next step', strategy: 'strategy' },
  nl: { approach: 'aanpak', 'buy-in': 'draagvlak', 'next-step': 'volgende stap', strategy: 'strategie' },
} as const satisfies Record<Locale, Record<Topic, string>>

const num = (locale: Locale, n: number): string => {
  const s = Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, '')
  return locale === 'nl' ? s.replace('.', ',') : s
}

const years = (n: number): string => `${n} year${n === 1 ? '' : 's'}`
const langs = (xs: readonly string[]): string => (xs.length === 0 ? '–' : xs.join(', '))
const training = (kind: string): string => (kind === 'coaching-techniques' ? 'coaching techniques' : `"${kind}"`)
const trainingNl = (kind: string): string => (kind === 'coaching-techniques' ? 'coachingstechnieken' : `"${kind}"`)

const RELATION_EN = {
  none: 'neither manages the other',
  'mentor-manages-mentee': 'the mentor is the mentee’s manager (directly or higher up)',
  'mentee-manages-mentor': 'the mentee is the mentor’s manager (directly or higher up)',
} as const
const RELATION_NL = {
  none: 'geen van beiden is leidinggevende van de ander',
  'mentor-manages-mentee': 'de mentor is (direct of hogerop) leidinggevende van de mentee',
  'mentee-manages-mentor': 'de mentee is (direct of hogerop) leidinggevende van de mentor',
} as const
const AFFINITY_EN = {
  observed: 'the manager has seen them get on well',
  'mutual-nomination': 'each named the other',
  'mentee-nominated': 'the mentee named the mentor',
  'mentor-nominated': 'the mentor named the mentee',
  none: 'no affinity recorded',
} as const
const AFFINITY_NL = {
  observed: 'de leidinggevende ziet dat ze goed met elkaar overweg kunnen',
  'mutual-nomination': 'ze hebben elkaar allebei genoemd',
  'mentee-nominated': 'de mentee heeft de mentor genoemd',
  'mentor-nominated': 'de mentor heeft de mentee genoemd',
  none: 'geen klik vastgelegd',
} as const

/** English and Dutch renderings. */
export const pairing: Section<PairingParams> = {
  en: {
    'scoring-invalid-date': (p) => `The scoring date ${p.value} is not a real calendar date in the form YYYY-MM-DD.`,
    'not-a-mentee': (p) => `${p.id} is not a mentee of this programme.`,
    'same-employee': (p) => `${p.id} cannot mentor themself.`,
    'pair-eligible': (p) => `Mentor ${p.mentorId} for mentee ${p.menteeId}: eligible, score ${p.score}.`,
    'pair-ineligible': (p) => `Mentor ${p.mentorId} for mentee ${p.menteeId}: not eligible.`,
    'pair-criteria': () => 'Criteria:',
    'pair-violations': () => 'Why not:',
    'pair-hints': () => 'What would make this pair possible:',
    'pair-no-hints': () => 'No change to the programme or the people can make this pair possible.',
    'row-required': (p) => `- ${p.criterion} (required, ${p.met ? 'met' : 'NOT met'}): ${p.reason}.`,
    'row-weighted': (p) =>
      `- ${p.criterion} (${p.mode === 'prefer' ? 'preferred' : 'avoided'}, weight ${p.weight}): ${p.raw} → +${p.contribution}; ${p.reason}.`,
    'reason-not-reporting-line': (p) => RELATION_EN[p.relation],
    'reason-more-experienced': (p) =>
      p.mentorStartedLater
        ? `the mentor started on ${p.mentorStartDate}, after the mentee (${p.menteeStartDate}); at least ${years(p.minYears)} earlier wanted`
        : `the mentor started on ${p.mentorStartDate}, ${years(p.yearsAhead)} before the mentee (${p.menteeStartDate}); at least ${years(p.minYears)} wanted`,
    'reason-expertise-coverage': (p) =>
      p.areas.length === 0
        ? 'the mentee names no development areas'
        : `covers ${p.covered} of ${p.areas.length} development areas by at least ${p.minLead} level${p.minLead === 1 ? '' : 's'}: ${p.areas.map((a) => `${a.area} ${a.mentor} vs ${a.mentee}`).join(', ')}`,
    'reason-topic-strength': (p) =>
      p.topics.length === 0
        ? 'the mentee names no topics'
        : `strength per topic (target ${p.target}): ${p.topics.map((t) => `${TOPIC_LABELS.en[t.topic]} ${num('en', t.strength)}`).join(', ')}`,
    'reason-same-team': (p) =>
      p.mentorTeam === p.menteeTeam ? `both in team ${p.mentorTeam}` : `mentor in team ${p.mentorTeam}, mentee in team ${p.menteeTeam}`,
    'reason-mutual-affinity': (p) => AFFINITY_EN[p.affinity],
    'reason-shared-language': (p) =>
      p.common.length > 0
        ? `both speak ${langs(p.common)}`
        : `no common language (mentor: ${langs(p.mentorLanguages)}; mentee: ${langs(p.menteeLanguages)})`,
    'reason-same-location': (p) =>
      p.mentorLocation !== null && p.mentorLocation === p.menteeLocation
        ? `both in ${p.mentorLocation}`
        : `mentor in ${p.mentorLocation ?? 'an unknown place'}, mentee in ${p.menteeLocation ?? 'an unknown place'}`,
    'reason-mentor-ready': (p) => (p.status === 'ready' ? 'ready for a mentor role' : `not yet ready: ${p.gaps.join(' ')}`),
    'reason-custom': (p) => p.detail,
    'violation-forbidden': (p) => `- The programme forbids the pair ${p.mentorId} → ${p.menteeId}.`,
    'violation-already-paired': (p) => `- ${p.mentorId} already mentors ${p.menteeId} (an existing pair); it is not proposed again.`,
    'violation-not-in-mentor-pool': (p) => `- ${p.mentorId} is not one of the programme's mentors.`,
    'violation-requirement-unmet': (p) =>
      `- The requirement "${p.criterion}" is not met${p.fixable ? '' : ', and nothing in the programme can change that'}.`,
    'hint-remove-forbidden': (p) => `- Take the pair ${p.mentorId} → ${p.menteeId} off the forbidden list.`,
    'hint-add-mentor': (p) => `- Add ${p.employeeId} to the programme's mentors.`,
    'hint-complete-training': (p) => `- ${p.employeeId} completes the training in ${training(p.kind)}.`,
    'hint-wait-until': (p) => `- From ${p.date} the time in the team is long enough.`,
    'hint-raise-competency': (p) => `- ${p.employeeId} reaches level ${p.to} in ${COMPETENCY_NAMES.en[p.competency].toLowerCase()}.`,
    'hint-raise-expertise': (p) => `- ${p.employeeId} reaches level ${p.to} in ${p.area}.`,
    'hint-raise-strategy-insight': (p) => `- ${p.employeeId} reaches level ${p.to} in strategy insight.`,
    'hint-record-interest': (p) =>
      `- Record that ${p.employeeId} wants a mentor role (for example in a goal-setting conversation or a performance review).`,
    'hint-raise-capacity': (p) => `- Raise the mentor capacity of ${p.employeeId} to ${p.to}.`,
    'hint-add-affinity': (p) => `- Record that ${p.a} and ${p.b} get on well (an observed affinity).`,
    'hint-set-params': (p) => `- Set "${p.criterion}" to ${p.params}.`,
    'hint-relax-criterion': (p) => `- Make "${p.criterion}" a preference instead of a requirement.`,
  },
  nl: {
    'scoring-invalid-date': (p) => `De peildatum ${p.value} is geen bestaande kalenderdatum in de vorm JJJJ-MM-DD.`,
    'not-a-mentee': (p) => `${p.id} is geen mentee in dit programma.`,
    'same-employee': (p) => `${p.id} kan geen mentor van zichzelf zijn.`,
    'pair-eligible': (p) => `Mentor ${p.mentorId} voor mentee ${p.menteeId}: mogelijk koppel, score ${p.score}.`,
    'pair-ineligible': (p) => `Mentor ${p.mentorId} voor mentee ${p.menteeId}: geen mogelijk koppel.`,
    'pair-criteria': () => 'Criteria:',
    'pair-violations': () => 'Waarom niet:',
    'pair-hints': () => 'Wat dit koppel mogelijk zou maken:',
    'pair-no-hints': () => 'Geen wijziging in het programma of bij de mensen zelf maakt dit koppel mogelijk.',
    'row-required': (p) => `- ${p.criterion} (eis, ${p.met ? 'voldaan' : 'NIET voldaan'}): ${p.reason}.`,
    'row-weighted': (p) =>
      `- ${p.criterion} (${p.mode === 'prefer' ? 'voorkeur' : 'liever niet'}, gewicht ${p.weight}): ${p.raw} → +${p.contribution}; ${p.reason}.`,
    'reason-not-reporting-line': (p) => RELATION_NL[p.relation],
    'reason-more-experienced': (p) =>
      p.mentorStartedLater
        ? `de mentor is begonnen op ${p.mentorStartDate}, na de mentee (${p.menteeStartDate}); minstens ${p.minYears} jaar eerder gewenst`
        : `de mentor is begonnen op ${p.mentorStartDate}, ${p.yearsAhead} jaar vóór de mentee (${p.menteeStartDate}); minstens ${p.minYears} jaar gewenst`,
    'reason-expertise-coverage': (p) =>
      p.areas.length === 0
        ? 'de mentee noemt geen ontwikkelgebieden'
        : `dekt ${p.covered} van ${p.areas.length} ontwikkelgebieden met minstens ${p.minLead} ${p.minLead === 1 ? 'niveau' : 'niveaus'} voorsprong: ${p.areas.map((a) => `${a.area} ${a.mentor} tegen ${a.mentee}`).join(', ')}`,
    'reason-topic-strength': (p) =>
      p.topics.length === 0
        ? 'de mentee noemt geen onderwerpen'
        : `sterkte per onderwerp (doel ${p.target}): ${p.topics.map((t) => `${TOPIC_LABELS.nl[t.topic]} ${num('nl', t.strength)}`).join(', ')}`,
    'reason-same-team': (p) =>
      p.mentorTeam === p.menteeTeam ? `allebei in team ${p.mentorTeam}` : `mentor in team ${p.mentorTeam}, mentee in team ${p.menteeTeam}`,
    'reason-mutual-affinity': (p) => AFFINITY_NL[p.affinity],
    'reason-shared-language': (p) =>
      p.common.length > 0
        ? `ze spreken allebei ${langs(p.common)}`
        : `geen gemeenschappelijke taal (mentor: ${langs(p.mentorLanguages)}; mentee: ${langs(p.menteeLanguages)})`,
    'reason-same-location': (p) =>
      p.mentorLocation !== null && p.mentorLocation === p.menteeLocation
        ? `allebei in ${p.mentorLocation}`
        : `mentor in ${p.mentorLocation ?? 'onbekende plaats'}, mentee in ${p.menteeLocation ?? 'onbekende plaats'}`,
    'reason-mentor-ready': (p) => (p.status === 'ready' ? 'klaar voor een mentorrol' : `nog niet klaar: ${p.gaps.join(' ')}`),
    'reason-custom': (p) => p.detail,
    'violation-forbidden': (p) => `- Het programma sluit het koppel ${p.mentorId} → ${p.menteeId} uit.`,
    'violation-already-paired': (p) => `- ${p.mentorId} begeleidt ${p.menteeId} al (een bestaand koppel); dat wordt niet opnieuw voorgesteld.`,
    'violation-not-in-mentor-pool': (p) => `- ${p.mentorId} is geen mentor in dit programma.`,
    'violation-requirement-unmet': (p) =>
      `- Aan de eis "${p.criterion}" is niet voldaan${p.fixable ? '' : ', en daar kan het programma niets aan veranderen'}.`,
    'hint-remove-forbidden': (p) => `- Haal het koppel ${p.mentorId} → ${p.menteeId} van de lijst met uitgesloten koppels.`,
    'hint-add-mentor': (p) => `- Voeg ${p.employeeId} toe aan de mentoren van het programma.`,
    'hint-complete-training': (p) => `- ${p.employeeId} volgt de training ${trainingNl(p.kind)}.`,
    'hint-wait-until': (p) => `- Vanaf ${p.date} is de tijd in het team lang genoeg.`,
    'hint-raise-competency': (p) =>
      `- ${p.employeeId} haalt niveau ${p.to} in ${COMPETENCY_NAMES.nl[p.competency].toLowerCase()}.`,
    'hint-raise-expertise': (p) => `- ${p.employeeId} haalt niveau ${p.to} in ${p.area}.`,
    'hint-raise-strategy-insight': (p) => `- ${p.employeeId} haalt niveau ${p.to} in strategisch inzicht.`,
    'hint-record-interest': (p) =>
      `- Leg vast dat ${p.employeeId} mentor wil worden (bijvoorbeeld in een doelstellingen- of functioneringsgesprek).`,
    'hint-raise-capacity': (p) => `- Verhoog de mentorcapaciteit van ${p.employeeId} naar ${p.to}.`,
    'hint-add-affinity': (p) => `- Leg vast dat ${p.a} en ${p.b} goed met elkaar overweg kunnen (een waargenomen klik).`,
    'hint-set-params': (p) => `- Stel "${p.criterion}" in op ${p.params}.`,
    'hint-relax-criterion': (p) => `- Maak van "${p.criterion}" een voorkeur in plaats van een eis.`,
  },
}
