/**
 * `mentorschap/solve`: pure numeric solvers for assignment and stable matching. No domain types.
 * @module
 */
export {}
