/**
 * Money is integer euro cents everywhere, so sums never pick up floating-point fractions of a cent.
 * Above MAX_SAFE_INTEGER an integer no longer round-trips through JSON exactly, hence the safe-integer test.
 */
export function isCents(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}
