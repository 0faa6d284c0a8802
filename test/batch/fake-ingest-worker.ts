/**
 * Stand-in for src/batch/ingest-worker.ts in batch tests: speaks the same protocol, but decides
 * by a marker in the file's bytes — CRASH throws in the thread, EXIT exits it, HANG never
 * answers, THROW answers an ingest error, SCAN answers needs-ocr; anything else answers a valid
 * Document whose one paragraph is the file's words.
 */
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import type { WorkerTask } from '../../src/batch/worker-pool.ts';
import { makeDocument, makePart, makeParagraph } from '../helpers/documents.ts';

const port = parentPort!;
port.on('message', (task: WorkerTask) => {
  const sha256 = createHash('sha256').update(task.data).digest('hex');
  const text = Buffer.from(task.data).toString('latin1').replace(/[^A-Za-z ]+/g, ' ').trim();
  const has = (marker: string): boolean => text.split(' ').includes(marker);
  if (has('CRASH')) throw new Error('simulated crash in the PDF reader');
  if (has('EXIT')) process.exit(7);
  if (has('HANG')) return;
  if (has('THROW')) {
    port.postMessage({ id: task.id, ok: false, code: 'corrupt', message: 'The PDF is damaged or truncated and could not be read (bad xref).' });
    return;
  }
  if (has('SCAN')) {
    port.postMessage({ id: task.id, ok: true, doc: makeDocument({ file: task.file, sha256, pages: 2, status: 'needs-ocr', error: 'No text layer: the pages are images.', parts: [] }) });
    return;
  }
  port.postMessage({
    id: task.id,
    ok: true,
    doc: makeDocument({ file: task.file, sha256, pages: 3, parts: [makePart({ paragraphs: [makeParagraph({ text: text || 'empty' })] })] }),
  });
});
