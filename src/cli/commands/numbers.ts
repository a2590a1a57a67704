import { shown, usageError } from '../errors.js';

/** A whole number within bounds for a flag, or a usage error that names the flag and shows one. */
export function parseCount(flag: string, value: string | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw usageError('BAD_NUMBER', `${flag}: "${shown(value)}" is not a whole number from ${min} to ${max}`, `e.g. ${flag} ${Math.min(max, Math.max(min, 3))}`);
  }
  return n;
}
