import type { Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { shown, usageError } from '../runtime/errors.js';

/** A whole number within bounds for a flag, or a usage error that names the flag and shows one. */
export function parseCount(flag: string, value: string | undefined, min: number, max: number, fallback: number, lang: Lang = 'en'): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const f = messages(lang).flags;
    throw usageError('BAD_NUMBER', f.badNumber(flag, shown(value), min, max), f.example(`${flag} ${Math.min(max, Math.max(min, 3))}`));
  }
  return n;
}
