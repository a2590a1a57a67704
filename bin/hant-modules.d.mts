// Types of bin/hant-modules.mjs, for vitest.config.ts.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export type Converter = (simplified: string) => string;
export function loadConverter(root: string): Promise<Converter>;
export function loadFoldPairs(root: string): Promise<string>;
export function loadHantPhrases(root: string): Promise<string>;
export function esbuildPlugin(root: string, convert: Converter): EsbuildPlugin;
export function vitePlugin(root: string, convert: Converter): VitePlugin;
