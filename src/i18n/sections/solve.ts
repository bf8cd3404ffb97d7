/**
 * Messages of the solve module (`mentorschap/solve`). The solvers build their English messages
 * themselves, as they import nothing else of the library; this section reuses those English texts
 * and adds the Dutch ones, so that `explain` renders solver errors in both languages.
 * @module
 */
import { SOLVE_EN, type SolveParams as Params } from '../../solve/messages.js'
import type { Section } from '../locale.js'

/** Parameters of each solve message, by code. */
export type SolveParams = Params

const KINDS_NL: Readonly<Record<string, string>> = {
  array: 'een lijst',
  'typed-array': 'een getypeerde lijst',
  string: 'een tekst',
  object: 'een object',
  boolean: 'een waar/onwaar-waarde',
  function: 'een functie',
  bigint: 'een bigint',
  symbol: 'een symbool',
  undefined: 'niets',
  null: 'null',
}

const NAMES_NL: Readonly<Record<string, string>> = {
  rows: 'rijen',
  cols: 'kolommen',
  proposers: 'aanvragers',
  receivers: 'ontvangers',
  column: 'kolom',
  proposer: 'aanvrager',
  receiver: 'ontvanger',
}

/** A parameter name in Dutch where it is a word; code names (capacities, costs[2]) stay as they are. */
const name = (n: string): string => (Object.hasOwn(NAMES_NL, n) ? (NAMES_NL[n] ?? n) : n)

const kind = (received: string): string =>
  Object.hasOwn(KINDS_NL, received) ? (KINDS_NL[received] ?? received) : received

const problems = (n: number): string => (n === 1 ? '1 probleem' : `${n} problemen`)

/** English and Dutch renderings. */
export const solve: Section<SolveParams> = {
  en: SOLVE_EN,
  nl: {
    'invalid-solve-input': (p) => `De invoer van de rekenmodule bevat ${problems(p.count)}.`,
    'solve-invalid-matrix': (p) =>
      `De kosten moeten een lijst van rijen zijn of { rows, cols, data }, maar dit is ${kind(p.received)}.`,
    'solve-ragged-row': (p) => `Rij ${p.row} heeft ${p.length} kosten, terwijl rij 0 er ${p.expected} heeft.`,
    'solve-invalid-cost': (p) => `Kosten moeten een getal zijn, maar dit is ${kind(p.received)}.`,
    'solve-wrong-infinity': (p) =>
      `Kosten ${p.value} zijn niet toegestaan bij ${p.maximize ? 'maximaliseren' : 'minimaliseren'}; ` +
      `gebruik ${p.maximize ? '-Infinity' : 'Infinity'} om een combinatie uit te sluiten.`,
    'solve-invalid-count': (p) =>
      `Het aantal ${name(p.name)} moet een geheel getal van 0 of meer zijn, maar dit is ${kind(p.received)}.`,
    'solve-invalid-data': (p) => `data moet een Float64Array zijn, maar dit is ${kind(p.received)}.`,
    'solve-wrong-length': (p) => `${p.name} moet ${p.expected} elementen hebben, maar heeft er ${p.actual}.`,
    'solve-invalid-options': (p) => `De opties moeten een object zijn, maar dit is ${kind(p.received)}.`,
    'solve-invalid-problem': (p) =>
      `Het probleem moet een object { proposers, receivers, proposerPrefs, receiverPrefs } zijn, maar dit is ${kind(p.received)}.`,
    'solve-invalid-flag': (p) => `De optie ${p.name} moet true of false zijn, maar dit is ${kind(p.received)}.`,
    'solve-invalid-list': (p) => `${p.name} moet een lijst zijn, maar dit is ${kind(p.received)}.`,
    'solve-invalid-capacity': (p) => `Een capaciteit moet een geheel getal van 0 of meer zijn, maar dit is ${kind(p.received)}.`,
    'solve-invalid-candidate': (p) => `Een kandidaat moet een paar [kolom, kosten] zijn, maar dit is ${kind(p.received)}.`,
    'solve-invalid-index': (p) =>
      p.size === 0
        ? `Er is geen ${name(p.name)} om naar te verwijzen, maar dit is ${kind(p.received)}.`
        : `Een ${name(p.name)} moet een geheel getal van 0 tot en met ${p.size - 1} zijn, maar dit is ${kind(p.received)}.`,
    'solve-invalid-offset': (p) =>
      p.at === 0
        ? `De eerste offset moet 0 zijn, maar dit is ${kind(p.received)}.`
        : p.last
          ? `De laatste offset moet ${p.size} zijn, het aantal kandidaten, maar dit is ${kind(p.received)}.`
          : `Offset ${p.at} moet een geheel getal zijn van de offset ervoor tot en met ${p.size}, maar dit is ${kind(p.received)}.`,
    'solve-duplicate': (p) =>
      `De ${name(p.name)} ${p.value} staat twee keer in de lijst (de eerste keer op plaats ${p.first}).`,
    'solve-too-large': (p) => `Het aantal ${name(p.name)} is ${p.size}, meer dan de rekenmodule aankan (${p.limit}).`,
    'solve-more-issues': (p) => `Nog ${problems(p.omitted)} niet getoond.`,
  },
}
