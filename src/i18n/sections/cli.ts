/**
 * Messages of the command line.
 * @module
 */
import type { Section } from '../locale.js'

/** Parameters of each command-line message, by code. */
export interface CliParams {
  'usage-no-command': Record<string, never>
  'usage-unknown-command': { readonly name: string }
  'usage-arity': { readonly command: string; readonly expected: number; readonly got: number }
  'usage-invalid-value': { readonly option: string; readonly value: string; readonly allowed: readonly string[] }
  'usage-missing-option': { readonly command: string; readonly option: string; readonly allowed: readonly string[] }
  'usage-option-not-taken': { readonly command: string; readonly option: string }
  'usage-parse': { readonly detail: string }
  'file-unreadable': { readonly file: string; readonly reason: string }
  'file-not-json': { readonly file: string; readonly reason: string }
  'help-general': Record<string, never>
  'help-validate': Record<string, never>
  'help-readiness': Record<string, never>
  'help-match': Record<string, never>
  'help-report': Record<string, never>
  'help-hint': Record<string, never>
  'summary-team': { readonly team: string; readonly manager: string | null; readonly members: number; readonly interested: number }
  'summary-columns': Record<string, never>
  'summary-interest': { readonly interested: boolean | null; readonly source: string; readonly on: string }
  'summary-valid': { readonly teams: number; readonly employees: number }
  'summary-years': { readonly years: number; readonly teamYears: number }
  'invalid-input': { readonly count: number }
  'readiness-columns': Record<string, never>
  'readiness-status': { readonly ready: boolean }
  'readiness-advice-prefix': Record<string, never>
  'match-columns': Record<string, never>
  'match-summary': {
    readonly strategy: string
    readonly matched: number
    readonly mentees: number
    readonly coverage: number
    readonly total: string
  }
  'match-locked': Record<string, never>
  'match-progress': { readonly mentees: number; readonly mentors: number }
  'match-price': {
    readonly strategy: string
    readonly pairs: number
    readonly total: string
    readonly coverageLost: string
    readonly scoreLost: string
  }
}

const SOURCE_EN: Record<string, string> = {
  'goal-setting': 'goal-setting conversation',
  'performance-review': 'performance review',
  self: 'self-nominated',
  manager: 'noted by the manager',
}

const SOURCE_NL: Record<string, string> = {
  'goal-setting': 'doelstellingengesprek',
  'performance-review': 'functioneringsgesprek',
  self: 'zelf aangegeven',
  manager: 'opgemerkt door leidinggevende',
}

const COMMON_EN = `Options for every command:
  --format table|json   output as an aligned table (default) or as JSON
  --lang en|nl          language of the output (default: nl when LANG starts with nl, else en)
  --help                this text
A file argument of - reads standard input.
Exit codes: 0 success, 1 invalid input (every issue on stderr), 2 wrong usage.`

const COMMON_NL = `Opties van elke opdracht:
  --format table|json   uitvoer als uitgelijnde tabel (standaard) of als JSON
  --lang en|nl          taal van de uitvoer (standaard: nl als LANG met nl begint, anders en)
  --help                deze tekst
Een bestandsargument - leest de standaardinvoer.
Afsluitcodes: 0 gelukt, 1 ongeldige invoer (elk probleem op stderr), 2 verkeerd gebruik.`

const list = (xs: readonly string[], or: string): string =>
  xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${or} ${xs[xs.length - 1] ?? ''}`

/** English and Dutch renderings. */
export const cli: Section<CliParams> = {
  en: {
    'usage-no-command': () => 'No command given.',
    'usage-unknown-command': (p) => `Unknown command "${p.name}".`,
    'usage-arity': (p) => `"${p.command}" takes ${p.expected} ${p.expected === 1 ? 'file' : 'files'}, got ${p.got}.`,
    'usage-invalid-value': (p) => `--${p.option} must be ${list(p.allowed, 'or')}, not "${p.value}".`,
    'usage-missing-option': (p) => `"${p.command}" needs --${p.option} (${list(p.allowed, 'or')}).`,
    'usage-option-not-taken': (p) => `"${p.command}" does not take --${p.option}.`,
    'usage-parse': (p) => `Cannot read the arguments: ${p.detail}`,
    'file-unreadable': (p) => `Cannot read ${p.file}: ${p.reason}`,
    'file-not-json': (p) => `${p.file} is not valid JSON: ${p.reason}`,
    'help-general': () => `mentorschap: mentoring between employees, from the command line.

Usage:
  mentorschap validate ORG.json [--as-of DATE]
  mentorschap readiness ORG.json --level LEVEL [--as-of DATE]
  mentorschap match ORG.json PROGRAMME.json [--strategy optimal|stable|greedy]
  mentorschap report ORG.json EVENTS.json [--as-of DATE]
  mentorschap help COMMAND

${COMMON_EN}`,
    'help-validate': () => `mentorschap validate ORG.json [--as-of DATE]

Checks an organisation file (interchange format version 1) and lists every problem with its
JSON path. When it is valid, prints a summary per team: who manages whom, tenure, and who has
expressed interest in mentoring and where. --as-of (default: today) counts tenure and refuses
start dates after it.

${COMMON_EN}`,
    'help-readiness': () => `mentorschap readiness ORG.json --level spontaneous|encouraged|structured|formal [--as-of DATE]

Per team, whether each employee is ready to mentor in a programme of that formality level, and
what is missing (gaps block, advice does not). --as-of defaults to today.

${COMMON_EN}`,
    'help-match': () => `mentorschap match ORG.json PROGRAMME.json [--strategy optimal|stable|greedy]

Proposes who mentors whom in a programme, with the reasons per pair and per unmatched mentee.
optimal (default) matches as many mentees as possible with the highest total score; stable
leaves no pair that would both rather have each other; greedy is a fast baseline.

${COMMON_EN}`,
    'help-report': () => `mentorschap report ORG.json EVENTS.json [--as-of DATE]

Rebuilds the mentorships of an event log and prints the programme report a manager sees: states,
overdue work and next actions, outcomes and mentor load. --as-of defaults to today.

${COMMON_EN}`,
    'help-hint': () => 'Run "mentorschap --help" for usage.',
    'summary-team': (p) =>
      `${p.team} (manager ${p.manager ?? 'none'}): ${p.members} employees, ${p.interested} open to mentoring`,
    'summary-columns': () => 'Name|Manager|Years (team)|Mentor interest',
    'summary-interest': (p) =>
      p.interested === null
        ? 'not asked'
        : `${p.interested ? 'yes' : 'no'}, ${SOURCE_EN[p.source] ?? p.source} ${p.on}`,
    'summary-valid': (p) => `Valid organisation: ${p.teams} teams, ${p.employees} employees.`,
    'summary-years': (p) => `${p.years} (${p.teamYears})`,
    'invalid-input': (p) => `${p.count} ${p.count === 1 ? 'problem' : 'problems'} found:`,
    'readiness-columns': () => 'Name|Ready|What is missing',
    'readiness-status': (p) => (p.ready ? 'ready' : 'not yet'),
    'readiness-advice-prefix': () => 'Advice:',
    'match-columns': () => 'Mentee|Mentor|Score|Strongest reasons',
    'match-summary': (p) =>
      `Matching (${p.strategy}): ${p.matched} of ${p.mentees} mentees matched (${p.coverage}%), total score ${p.total}.`,
    'match-locked': () => 'locked',
    'match-progress': (p) => `Matching ${p.mentees} mentees with ${p.mentors} mentors...`,
    'match-price': (p) =>
      `The ${p.strategy} matching has ${p.pairs} pairs with total score ${p.total}: against the optimal matching it gives up ${p.coverageLost} percentage points of coverage and ${p.scoreLost} of score.`,
  },
  nl: {
    'usage-no-command': () => 'Geen opdracht opgegeven.',
    'usage-unknown-command': (p) => `Onbekende opdracht "${p.name}".`,
    'usage-arity': (p) => `"${p.command}" verwacht ${p.expected} ${p.expected === 1 ? 'bestand' : 'bestanden'}, kreeg er ${p.got}.`,
    'usage-invalid-value': (p) => `--${p.option} moet ${list(p.allowed, 'of')} zijn, niet "${p.value}".`,
    'usage-missing-option': (p) => `"${p.command}" heeft --${p.option} nodig (${list(p.allowed, 'of')}).`,
    'usage-option-not-taken': (p) => `"${p.command}" kent de optie --${p.option} niet.`,
    'usage-parse': (p) => `De argumenten zijn niet te lezen: ${p.detail}`,
    'file-unreadable': (p) => `${p.file} is niet te lezen: ${p.reason}`,
    'file-not-json': (p) => `${p.file} is geen geldige JSON: ${p.reason}`,
    'help-general': () => `mentorschap: mentorschap tussen medewerkers, vanaf de opdrachtregel.

Gebruik:
  mentorschap validate ORG.json [--as-of DATUM]
  mentorschap readiness ORG.json --level NIVEAU [--as-of DATUM]
  mentorschap match ORG.json PROGRAMMA.json [--strategy optimal|stable|greedy]
  mentorschap report ORG.json EVENTS.json [--as-of DATUM]
  mentorschap help OPDRACHT

${COMMON_NL}`,
    'help-validate': () => `mentorschap validate ORG.json [--as-of DATUM]

Controleert een organisatiebestand (uitwisselformaat versie 1) en noemt elk probleem met zijn
JSON-pad. Is het geldig, dan volgt per team een overzicht: wie wie aanstuurt, diensttijd, en wie
interesse in een mentorrol heeft getoond en waar. --as-of (standaard: vandaag) telt de
diensttijd en weigert startdata daarna.

${COMMON_NL}`,
    'help-readiness': () => `mentorschap readiness ORG.json --level spontaneous|encouraged|structured|formal [--as-of DATUM]

Per team: of elke medewerker klaar is om mentor te zijn in een programma van dat niveau, en wat
er ontbreekt (tekorten blokkeren, adviezen niet). --as-of is standaard vandaag.

${COMMON_NL}`,
    'help-match': () => `mentorschap match ORG.json PROGRAMMA.json [--strategy optimal|stable|greedy]

Stelt voor wie wie begeleidt in een programma, met de redenen per koppel en per mentee zonder
mentor. optimal (standaard) koppelt zoveel mogelijk mentees met de hoogste totaalscore; stable
laat geen paar over dat elkaar liever zou hebben; greedy is een snelle basislijn.

${COMMON_NL}`,
    'help-report': () => `mentorschap report ORG.json EVENTS.json [--as-of DATUM]

Bouwt de mentorschappen uit een eventlog opnieuw op en toont het programmaoverzicht van de
leidinggevende: stand van zaken, achterstallig werk en volgende acties, uitkomsten en belasting
van mentoren. --as-of is standaard vandaag.

${COMMON_NL}`,
    'help-hint': () => 'Zie "mentorschap --help" voor het gebruik.',
    'summary-team': (p) =>
      `${p.team} (leidinggevende: ${p.manager ?? 'geen'}): ${p.members} medewerkers, ${p.interested} met interesse in mentorschap`,
    'summary-columns': () => 'Naam|Leidinggevende|Jaren (team)|Interesse mentorrol',
    'summary-interest': (p) =>
      p.interested === null
        ? 'niet gevraagd'
        : `${p.interested ? 'ja' : 'nee'}, ${SOURCE_NL[p.source] ?? p.source} ${p.on}`,
    'summary-valid': (p) => `Geldige organisatie: ${p.teams} teams, ${p.employees} medewerkers.`,
    'summary-years': (p) => `${p.years} (${p.teamYears})`,
    'invalid-input': (p) => `${p.count} ${p.count === 1 ? 'probleem' : 'problemen'} gevonden:`,
    'readiness-columns': () => 'Naam|Klaar|Wat ontbreekt',
    'readiness-status': (p) => (p.ready ? 'klaar' : 'nog niet'),
    'readiness-advice-prefix': () => 'Advies:',
    'match-columns': () => 'Mentee|Mentor|Score|Sterkste redenen',
    'match-summary': (p) =>
      `Koppeling (${p.strategy}): ${p.matched} van ${p.mentees} mentees gekoppeld (${p.coverage}%), totaalscore ${p.total}.`,
    'match-locked': () => 'vastgezet',
    'match-progress': (p) => `Bezig met koppelen van ${p.mentees} mentees aan ${p.mentors} mentoren...`,
    'match-price': (p) =>
      `De ${p.strategy} koppeling heeft ${p.pairs} koppels met totaalscore ${p.total}: ten opzichte van de optimale koppeling levert die ${p.coverageLost} procentpunt bereik en ${p.scoreLost} score in.`,
  },
}
