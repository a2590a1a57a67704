// Simplified → Traditional Chinese for output (zh-Hant): OpenCC's phrase-aware conversion through
// opencc-js — its Simplified → Traditional phrases and characters, then Taiwan's standard
// character forms (為, 裡, 線 …: what print in Taiwan, Hong Kong and Macao all reads, unlike OpenCC's
// own forms 爲, 裏 …) — with the wording of Hong Kong, Macao and Taiwan from wording.json put
// first. Not Taiwan's vocabulary (軟體, 網路): one Traditional text serves all three places.
// Used when wxhelp is built (its own text, the built-in catalog) and, loaded lazily, for a user's
// catalog that has no zh-Hant text of its own; nothing on the ordinary path imports this module.
/// <reference path="../types/opencc-js.d.ts" />
import { ConverterFactory } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import { necessaryPhrases } from './necessary-phrases.js';
import wording from './wording.json' with { type: 'json' };

export type Converter = (simplified: string) => string;

/** The regional wording, as an OpenCC dictionary (first in its group: it wins over OpenCC's own phrases). */
export const REGIONAL_WORDING: readonly (readonly [string, string])[] = wording.words.map((w) => [w.from, w.to] as const);

declare const WXHELP_HANT_PHRASES: string | undefined;

export function simplifiedToTraditional(): Converter {
  // Built: the phrases worked out at build time (and OpenCC's full phrase list left out).
  const phrases = typeof WXHELP_HANT_PHRASES === 'string' ? WXHELP_HANT_PHRASES : necessaryPhrases();
  return ConverterFactory([REGIONAL_WORDING, phrases, STCharacters], [TWVariantsPhrases, TWVariants]);
}
