// The answer's last line: what the one-screen cap left out, counted ("2 more steps and 1 channel:
// --verbose"), or "More: add --verbose" when --verbose has more to say; nothing otherwise.
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { anyOmitted, type Counts, type Fit } from '../layout/screen.js';
import { wrap } from '../layout/wrap.js';

export interface MoreOptions {
  /** --verbose would add something beyond the blocks. */
  verboseAdds: boolean;
  /** Said after the count when steps were left out (e.g. "all steps: wxhelp emergency stolen"). */
  allSteps?: string;
}

export function moreLine(paint: ChalkInstance, lang: Lang, width: number, options: MoreOptions): Fit['more'] {
  const m = messages(lang).answer;
  return (omitted: Counts) => {
    let text: string;
    if (anyOmitted(omitted)) {
      text = m.leftOut(omitted);
      // Where every step is, when that still fits on the line.
      const withSteps = `${text} · ${options.allSteps}`;
      if ((omitted.step ?? 0) > 0 && options.allSteps !== undefined && wrap(withSteps, width).length === 1) text = withSteps;
    } else if (options.verboseAdds) text = m.more;
    else return [];
    return wrap(paint.dim(text), width, '', '  ');
  };
}
