/**
 * The small typed state-machine core every machine of the library is built on. A machine is a
 * transition table: for each status and event type, the roles that may do it, an optional check
 * that the person really holds that role here, an optional guard returning the requirements that
 * are not met, and a pure function computing the next state. Times come from the events.
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Actor, Role } from './actor.js'
import { toMermaid } from './mermaid.js'
import type { Refusal } from './refusal.js'

/**
 * The types a machine is about: its states (tagged by `status`), its events (tagged by `type`),
 * the context the caller passes in, and the failed requirements its guards return.
 * @example
 * type Door = { state: { status: 'open' } | { status: 'shut' }; event: { type: 'push' }; ctx: null; failed: string }
 * @since 0.1.0
 */
export interface MachineTypes {
  readonly state: { readonly status: string }
  readonly event: { readonly type: string }
  readonly ctx: unknown
  readonly failed: unknown
}

/**
 * The statuses of machine `M`.
 * @example
 * type S = Status<MentorRoleTypes> // 'not-asked' | 'interested' | ... | 'withdrawn'
 * @since 0.1.0
 */
export type Status<M extends MachineTypes> = M['state']['status']
/**
 * The event types of machine `M`.
 * @example
 * type T = EventType<MentorRoleTypes> // 'record-interest' | 'encourage' | ... | 'withdraw'
 * @since 0.1.0
 */
export type EventType<M extends MachineTypes> = M['event']['type']
/**
 * The states of `M` with status `K`.
 * @example
 * type Active = StateOf<MentorshipTypes, 'active'> // the active mentorship state, with its plan and goals
 * @since 0.1.0
 */
export type StateOf<M extends MachineTypes, K extends Status<M> = Status<M>> = M['state'] & { readonly status: K }
/**
 * The events of `M` of type `T`.
 * @example
 * const approve: EventOf<MentorRoleTypes, 'approve'> = { type: 'approve', at: '2026-03-01', capacity: 2 }
 * @since 0.1.0
 */
export type EventOf<M extends MachineTypes, T extends EventType<M> = EventType<M>> = Extract<M['event'], { readonly type: T }>
/**
 * A refusal of machine `M`.
 * @example
 * const r: RefusalOf<MentorRoleTypes> = { code: 'guard-failed', event: 'approve', failed: [{ code: 'interest-missing' }] }
 * @since 0.1.0
 */
export type RefusalOf<M extends MachineTypes> = Refusal<Status<M>, EventType<M>, M['failed']>

/**
 * One cell of the table: events of type `T` in status `K`. `permits` and `guard` are also asked
 * by `allowedEvents`, without an event (`undefined`): they then judge what they can.
 * @example
 * type Door = { state: { status: 'open' } | { status: 'shut' }; event: { type: 'push' }; ctx: null; failed: string }
 * const push: Edge<Door, 'shut', 'push'> = { roles: ['mentor'], to: ['open'], next: () => ({ status: 'open' }) }
 * @since 0.1.0
 */
export interface Edge<M extends MachineTypes, in K extends Status<M> = Status<M>, T extends EventType<M> = EventType<M>> {
  /** The roles that may do this event here. */
  readonly roles: readonly Role[]
  /** Every status `next` can return: the edges of the diagram. */
  readonly to: readonly Status<M>[]
  /** Whether this actor really holds its role here (the employee themself, their manager...). */
  permits?(actor: Actor, state: StateOf<M, K>, event: EventOf<M, T> | undefined, ctx: M['ctx']): boolean
  /** The requirements not met; none (empty) lets the event through. `actor` is already permitted. */
  guard?(state: StateOf<M, K>, event: EventOf<M, T> | undefined, ctx: M['ctx'], actor: Actor): readonly M['failed'][]
  /** The next state: pure, computed from the old state, the event and the context. */
  next(state: StateOf<M, K>, event: EventOf<M, T>, actor: Actor, ctx: M['ctx']): M['state']
}

/**
 * The transition table: every status is a key (a status without edges is final).
 * @example
 * type Door = { state: { status: 'open' } | { status: 'shut' }; event: { type: 'push' }; ctx: null; failed: string }
 * const table: Table<Door> = {
 *   shut: { push: { roles: ['mentor', 'mentee'], to: ['open'], next: () => ({ status: 'open' }) } },
 *   open: {},
 * }
 * @since 0.1.0
 */
export type Table<M extends MachineTypes> = {
  readonly [K in Status<M>]: { readonly [T in EventType<M>]?: Edge<M, K, T> }
}

/**
 * A machine (CONTRACT §8): its table, `initial`, `transition`, `allowedEvents` and `toMermaid`.
 * @example
 * const machine: Machine<MentorRoleTypes, typeof initialMentorRole> = mentorRole
 * machine.initialStatuses // ['not-asked', 'interested', 'not-interested']
 * @since 0.1.0
 */
export interface Machine<M extends MachineTypes, Init extends (...args: never[]) => unknown> {
  readonly name: string
  readonly table: Table<M>
  /** Every status, in table order. */
  readonly statuses: readonly Status<M>[]
  /** The statuses `initial` can return. */
  readonly initialStatuses: readonly Status<M>[]
  readonly initial: Init
  /** The next state, or why not; the given state is never changed. */
  transition(state: M['state'], event: M['event'], actor: Actor, ctx: M['ctx']): E.Either<RefusalOf<M>, M['state']>
  /** The event types `actor` may do in `state` now, guards included, in table order. */
  allowedEvents(state: M['state'], actor: Actor, ctx: M['ctx']): readonly EventType<M>[]
  /** The table as a Mermaid `stateDiagram-v2`: every status and every edge. */
  toMermaid(): string
}

type Cells<M extends MachineTypes> = Readonly<Record<string, Readonly<Record<string, Edge<M>>>>>

/** The cell of `status` and `type`, own properties only (`type` may be any string at run time). */
const cell = <M extends MachineTypes>(table: Table<M>, status: string, type: string): Edge<M> | undefined => {
  const row = Object.hasOwn(table, status) ? (table as unknown as Cells<M>)[status] : undefined
  return row !== undefined && Object.hasOwn(row, type) ? row[type] : undefined
}

const permitted = <M extends MachineTypes>(edge: Edge<M>, actor: Actor, state: M['state'], event: M['event'] | undefined, ctx: M['ctx']): boolean =>
  edge.roles.includes(actor.role) && (edge.permits === undefined || edge.permits(actor, state as StateOf<M>, event as EventOf<M> | undefined, ctx))

/**
 * Make a machine from its table. `initialStatuses` lists what `initial` can return (for the diagram).
 * @example
 * type Door = { state: { status: 'open' } | { status: 'shut' }; event: { type: 'push' }; ctx: null; failed: string }
 * const door = defineMachine<Door, () => Door['state']>({
 *   name: 'door',
 *   initial: () => ({ status: 'shut' }),
 *   initialStatuses: ['shut'],
 *   table: { shut: { push: { roles: ['mentor', 'mentee'], to: ['open'], next: () => ({ status: 'open' }) } }, open: {} },
 * })
 * door.transition(door.initial(), { type: 'push' }, { role: 'mentee', employeeId: 'e5' }, null) // Right({ status: 'open' })
 * door.transition(door.initial(), { type: 'push' }, { role: 'hr', employeeId: 'e9' }, null)
 * // Left({ code: 'actor-not-permitted', role: 'hr', event: 'push', status: 'shut' })
 * @since 0.1.0
 */
export const defineMachine = <M extends MachineTypes, Init extends (...args: never[]) => unknown>(def: {
  readonly name: string
  readonly initial: Init
  readonly initialStatuses: readonly Status<M>[]
  readonly table: Table<M>
}): Machine<M, Init> => {
  const { table } = def
  const statuses = Object.keys(table) as Status<M>[]
  const transition = (state: M['state'], event: M['event'], actor: Actor, ctx: M['ctx']): E.Either<RefusalOf<M>, M['state']> => {
    const edge = cell(table, state.status, event.type)
    if (edge === undefined) return E.left({ code: 'not-allowed-in-state', status: state.status, event: event.type })
    if (!permitted(edge, actor, state, event, ctx)) return E.left({ code: 'actor-not-permitted', role: actor.role, event: event.type })
    const failed = edge.guard?.(state as StateOf<M>, event as EventOf<M>, ctx, actor) ?? []
    if (failed.length > 0) return E.left({ code: 'guard-failed', event: event.type, failed })
    return E.right(edge.next(state as StateOf<M>, event as EventOf<M>, actor, ctx))
  }
  const allowedEvents = (state: M['state'], actor: Actor, ctx: M['ctx']): readonly EventType<M>[] =>
    Object.entries(Object.hasOwn(table, state.status) ? (table as unknown as Cells<M>)[state.status] ?? {} : {})
      .filter(([, edge]) => permitted(edge, actor, state, undefined, ctx) && (edge.guard?.(state as StateOf<M>, undefined, ctx, actor) ?? []).length === 0)
      .map(([type]) => type as EventType<M>)
  return { ...def, statuses, transition, allowedEvents, toMermaid: () => toMermaid(table, def.initialStatuses) }
}
