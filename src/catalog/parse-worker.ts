// The worker thread that parses a large catalog (see parse-off-thread.ts): the text and file name
// come in as workerData, the ParseResult goes back as one message.
import { parentPort, workerData } from 'node:worker_threads';
import type { ParseJob } from './parse-off-thread.js';

async function parseJob(job: ParseJob): Promise<void> {
  const [{ parseCatalog }, numbers] = await Promise.all([import('./load.js'), job.checkNumbers ? import('./phone-numbers.js') : undefined]);
  parentPort?.postMessage(parseCatalog(job.text, job.fileName, numbers?.checkNumbers));
}

void parseJob(workerData as ParseJob);
