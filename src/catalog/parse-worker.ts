// The worker thread that parses a large catalog (see parse-off-thread.ts): the job comes in as
// workerData, the ParseResult goes back as one message.
import { parentPort, workerData } from 'node:worker_threads';
import { parseInPlace, type ParseJob } from './parse-off-thread.js';

void parseInPlace(workerData as ParseJob).then((result) => parentPort?.postMessage(result));
