// End-to-end tests spawn the built binary; build it once before the suite so they never test a stale bundle.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['bin/build.mjs'], { stdio: 'inherit' });
}
