/**
 * A tiny toy machine to test the core with: a meeting-room door.
 * shut --open--> open --close--> shut --lock--> locked --unlock--> shut; shut|locked --smash--> broken.
 */
import { defineMachine, type Table } from '../../src/machine/machine.js'

export type DoorState =
  | { readonly status: 'shut' }
  | { readonly status: 'open'; readonly openedBy: string }
  | { readonly status: 'locked'; readonly key: string }
  | { readonly status: 'broken' }

export type DoorEvent =
  | { readonly type: 'open' }
  | { readonly type: 'close' }
  | { readonly type: 'lock'; readonly key: string }
  | { readonly type: 'unlock'; readonly key: string }
  | { readonly type: 'smash' }

export interface DoorCtx {
  readonly officeHours: boolean
  readonly keyHolders: readonly string[]
}

export type Door = { state: DoorState; event: DoorEvent; ctx: DoorCtx; failed: string }

export const KEYS = ['k1', 'k2'] as const

const table: Table<Door> = {
  shut: {
    open: {
      roles: ['mentor', 'mentee'],
      to: ['open'],
      guard: (_s, _e, ctx) => (ctx.officeHours ? [] : ['office-hours']),
      next: (_s, _e, actor) => ({ status: 'open', openedBy: actor.role === 'system' ? '' : actor.employeeId }),
    },
    lock: {
      roles: ['manager', 'hr'],
      to: ['locked'],
      permits: (actor, _s, _e, ctx) => actor.role !== 'system' && ctx.keyHolders.includes(actor.employeeId),
      next: (_s, e) => ({ status: 'locked', key: e.key }),
    },
    smash: { roles: ['system'], to: ['broken'], next: () => ({ status: 'broken' }) },
  },
  open: {
    close: { roles: ['manager', 'mentor', 'mentee', 'hr', 'system'], to: ['shut'], next: () => ({ status: 'shut' }) },
  },
  locked: {
    unlock: {
      roles: ['manager'],
      to: ['shut'],
      guard: (s, e) => [...(e !== undefined && e.key !== s.key ? ['wrong-key'] : []), ...(s.key === 'k2' ? ['k2-jammed'] : [])],
      next: () => ({ status: 'shut' }),
    },
    smash: { roles: ['system'], to: ['broken'], next: () => ({ status: 'broken' }) },
  },
  broken: {},
}

export const door = defineMachine<Door, () => DoorState>({
  name: 'door',
  initial: () => ({ status: 'shut' }),
  initialStatuses: ['shut'],
  table,
})
