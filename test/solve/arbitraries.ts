/**
 * Random small assignment instances: a matrix with forbidden cells, capacities, a direction.
 */
import fc from 'fast-check'

export interface Instance {
  readonly costs: readonly (readonly number[])[]
  readonly capacities: readonly number[]
  readonly maximize: boolean
}

const cell = (maximize: boolean, forbidShare: number, integers: boolean): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: Math.round(forbidShare * 100), arbitrary: fc.constant(maximize ? -Infinity : Infinity) },
    {
      weight: Math.round((1 - forbidShare) * 100),
      arbitrary: integers
        ? fc.integer({ min: -10, max: 10 })
        : fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
    },
  )

/** Instances up to `max` x `max`, with or without capacities, forbidden cells and floats. */
export const instance = (max = 7): fc.Arbitrary<Instance> =>
  fc
    .record({
      rows: fc.integer({ min: 0, max }),
      cols: fc.integer({ min: 0, max }),
      maximize: fc.boolean(),
      forbidShare: fc.constantFrom(0, 0.2, 0.5, 0.8),
      integers: fc.boolean(),
      maxCap: fc.constantFrom(1, 1, 2, 3),
    })
    .chain(({ rows, cols, maximize, forbidShare, integers, maxCap }) =>
      fc.record({
        costs: fc.array(fc.array(cell(maximize, forbidShare, integers), { minLength: cols, maxLength: cols }), {
          minLength: rows,
          maxLength: rows,
        }),
        capacities: fc.array(
          fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: fc.integer({ min: 1, max: maxCap }) }),
          { minLength: cols, maxLength: cols },
        ),
        maximize: fc.constant(maximize),
      }),
    )

/** The same instance as a row-major Float64Array. */
export const flat = (costs: readonly (readonly number[])[], cols: number) => ({
  rows: costs.length,
  cols,
  data: Float64Array.from(costs.flat()),
})
