// Completion scripts for bash, zsh and fish, generated from the command tree (see spec.ts).
import { bashScript } from './bash.js';
import { fishScript } from './fish.js';
import type { CompletionSpec, Shell } from './spec.js';
import { zshScript } from './zsh.js';

export { completionSpec, CATALOG_KINDS, LIVE_KINDS, SHELLS, isInternal, safeWord } from './spec.js';
export type { CatalogKind, CompletionSpec, LiveKind, Shell } from './spec.js';

export function completionScript(shell: Shell, spec: CompletionSpec, version: string): string {
  switch (shell) {
    case 'bash':
      return bashScript(spec, version);
    case 'zsh':
      return zshScript(spec, version);
    case 'fish':
      return fishScript(spec, version);
  }
}
