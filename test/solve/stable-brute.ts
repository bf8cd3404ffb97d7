/**
 * Stable matchings by definition, for small many-to-one problems: every matching that respects
 * acceptability and capacities, kept when it has no blocking pair.
 */
export interface Problem {
  readonly proposers: number
  readonly receivers: number
  readonly capacities: readonly number[]
  readonly proposerPrefs: readonly (readonly number[])[]
  readonly receiverPrefs: readonly (readonly number[])[]
}

const rankIn = (list: readonly number[] | undefined, x: number): number => {
  const k = list?.indexOf(x) ?? -1
  return k < 0 ? Infinity : k
}

export const acceptable = (p: Problem, i: number, j: number): boolean =>
  rankIn(p.proposerPrefs[i], j) < Infinity && rankIn(p.receiverPrefs[j], i) < Infinity

/** The pairs (i, j) that block `m` (receiver per proposer, -1 for none). */
export const blockingPairs = (p: Problem, m: readonly number[]): [number, number][] => {
  const out: [number, number][] = []
  for (let i = 0; i < p.proposers; i++) {
    for (let j = 0; j < p.receivers; j++) {
      if (!acceptable(p, i, j) || m[i] === j) continue
      const current = m[i] ?? -1
      const iPrefers = current < 0 || rankIn(p.proposerPrefs[i], j) < rankIn(p.proposerPrefs[i], current)
      if (!iPrefers) continue
      const held = m.flatMap((r, k) => (r === j ? [k] : []))
      const room = held.length < (p.capacities[j] ?? 1)
      const jPrefers = room || held.some((k) => rankIn(p.receiverPrefs[j], i) < rankIn(p.receiverPrefs[j], k))
      if (jPrefers) out.push([i, j])
    }
  }
  return out
}

/** Every stable matching of `p`. */
export const allStable = (p: Problem): number[][] => {
  const out: number[][] = []
  const m = new Array<number>(p.proposers).fill(-1)
  const load = new Array<number>(p.receivers).fill(0)
  const go = (i: number): void => {
    if (i === p.proposers) {
      if (blockingPairs(p, m).length === 0) out.push([...m])
      return
    }
    m[i] = -1
    go(i + 1)
    for (let j = 0; j < p.receivers; j++) {
      if (!acceptable(p, i, j) || (load[j] ?? 0) >= (p.capacities[j] ?? 1)) continue
      m[i] = j
      load[j] = (load[j] ?? 0) + 1
      go(i + 1)
      load[j] = (load[j] ?? 0) - 1
      m[i] = -1
    }
  }
  go(0)
  return out
}

/** How proposer `i` ranks receiver `j` (-1, unmatched, ranks last). */
export const proposerRank = (p: Problem, i: number, j: number): number => (j < 0 ? Infinity : rankIn(p.proposerPrefs[i], j))
