// The process edge: real streams, real clock, signals and closed pipes.
import { EXIT } from './errors.js';
import { processIO } from './io.js';
import { run } from './main.js';

export async function main(): Promise<void> {
  // `wxhelp hours | head -1`: the reader went away; that is not an error.
  const quietOnClosedPipe = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  };
  process.stdout.on('error', quietOnClosedPipe);
  process.stderr.on('error', quietOnClosedPipe);
  process.on('SIGINT', () => {
    process.stderr.write('\n');
    process.exit(EXIT.interrupted);
  });
  const code = await run(process.argv.slice(2), processIO());
  process.exitCode = code;
}
