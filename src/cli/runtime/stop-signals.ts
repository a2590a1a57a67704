// TERM, HUP and QUIT end a run as Ctrl-C does, with the terminal as it was found. Without this a
// prompt killed mid-question leaves the terminal without echo or line editing (raw mode) and the
// cursor hidden; a shell repairs that only for a child that dies by a signal, not for one that
// exits (`timeout 4 wxhelp ask`), and the prompt library's own signal hook re-raises the signal
// before its clean-up has run. Whatever changes the terminal (`ask`) registers a guard here; the
// process edge (entry.ts) calls stopOnSignal.

/** What a run that changed the terminal undoes when it is stopped. */
export interface TerminalGuard {
  /** Asks the run to finish its drawing (the prompt moves below its question and shows the cursor). */
  stop: () => void;
  /** Puts the terminal back, whatever state the run is in: synchronous, never throws. */
  restore: () => void;
}

/** The signals handled, with their numbers (exit code 128 + number, as a shell reports a death by them). */
export const STOP_SIGNALS = { SIGHUP: 1, SIGQUIT: 3, SIGTERM: 15 } as const;
export type StopSignal = keyof typeof STOP_SIGNALS;

// Kept on the process, not in this module: the built CLI loads `ask` from a separate file with its
// own copy of this module, and its guard must reach the handler the process edge installed.
interface StopState {
  guards: Set<TerminalGuard>;
  stopping?: number;
}
const KEY = Symbol.for('wxhelp.stop-signals');
function state(): StopState {
  const holder = globalThis as { [KEY]?: StopState };
  holder[KEY] ??= { guards: new Set() };
  return holder[KEY];
}

/** Registers a guard until the returned function is called. */
export function guardTerminal(guard: TerminalGuard): () => void {
  const { guards } = state();
  guards.add(guard);
  return () => guards.delete(guard);
}

/** The exit code of a stop under way (128 + the signal), or undefined: later failures (a write to a hung-up terminal) keep it. */
export function stoppingCode(): number | undefined {
  return state().stopping;
}

/** Stops the run: guards stop their drawing, the terminal is restored on the next turn of the loop, then exit 128 + signal. */
export function stopOnSignal(signal: StopSignal, exit: (code: number) => void): void {
  const now = state();
  if (now.stopping !== undefined) return;
  const code = 128 + STOP_SIGNALS[signal];
  now.stopping = code;
  const active = [...now.guards];
  for (const guard of active) {
    try {
      guard.stop();
    } catch {
      // restore() below still runs
    }
  }
  // A prompt cleans up in the promise callbacks its stop() settled, which run before this.
  setImmediate(() => {
    for (const guard of active) guard.restore();
    exit(code);
  });
}
