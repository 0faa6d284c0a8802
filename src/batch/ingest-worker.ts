/**
 * Worker thread: PDF bytes in, Document out (see worker-pool.ts for the protocol). Runs the
 * ingest pipeline only; it never touches the database.
 */
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../../ingest/pipeline.ts';
import { IngestError } from '../../ingest/errors.ts';
import type { WorkerReply, WorkerTask } from './worker-pool.ts';

const port = parentPort;
if (!port) throw new Error('ingest-worker.ts must run in a worker thread');

port.on('message', (task: WorkerTask) => {
  void handle(task).then((reply) => port.postMessage(reply));
});

async function handle(task: WorkerTask): Promise<WorkerReply> {
  try {
    const doc = await extractDocument({ file: task.file, data: task.data, maxPages: task.maxPages });
    return { id: task.id, ok: true, doc };
  } catch (err) {
    if (err instanceof IngestError) return { id: task.id, ok: false, code: err.code, message: err.message };
    const message = err instanceof Error ? err.message : String(err);
    return { id: task.id, ok: false, code: 'error', message: `The PDF could not be processed (${message}).` };
  }
}
