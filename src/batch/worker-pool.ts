/**
 * A small pool of worker threads that turn PDF bytes into Documents. The main thread keeps the
 * database (single writer); workers only parse. A worker that crashes, runs out of memory or
 * exceeds the per-file timeout fails that one file and is replaced; the batch goes on.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Document } from '../../ingest/model.ts';
import type { Logger } from '../log.ts';

/** What the main thread sends a worker. */
export interface WorkerTask {
  id: number;
  file: string;
  data: Uint8Array;
  maxPages: number;
}

/** What a worker sends back for one task. */
export type WorkerReply =
  | { id: number; ok: true; doc: Document }
  | { id: number; ok: false; code: string; message: string };

export type TaskResult = { ok: true; doc: Document } | { ok: false; code: string; message: string };

export interface PoolOptions {
  size: number;
  /** The worker module (TypeScript, loaded through tsx). */
  workerUrl: URL;
  /** Per-file limit, counted from when a ready worker receives the file; the worker is terminated
   * and replaced when it is exceeded. */
  timeoutMs: number;
  /** Limit for a worker to load (tsx + pdf.js), default 60 s. */
  startTimeoutMs?: number;
  logger?: Logger;
  /** Heap limit per worker, so one enormous PDF fails alone (default 2048 MB). */
  maxHeapMb?: number;
  /**
   * Plain-JavaScript modules (absolute file: URLs) each worker imports before it registers the
   * TypeScript loader: they load through Node's own loader instead of a round trip per file to
   * tsx's hooks thread, and without source maps (≈1 s less start-up per worker with pdf.js and
   * chrono-node). A native `Array.prototype.push` that one of them replaces (pdf.js's core-js
   * does, on Node 20) is put back.
   */
  preload?: readonly string[];
}

interface Pending {
  task: WorkerTask;
  resolve: (r: TaskResult) => void;
}

interface Slot {
  worker: Worker;
  /** The worker module has loaded (it posts `{ ready: true }` through the bootstrap). */
  ready: boolean;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Bootstrap code for a worker: register tsx's ESM loader in the worker's own thread, import the
 * TypeScript module, then tell the pool it is ready (so per-file timeouts exclude start-up). (`execArgv: ['--import', 'tsx']` does not apply loader hooks to a
 * worker's entry module on Node 20.) Absolute URLs, so it works from any working directory.
 */
function bootstrapSource(workerUrl: URL, preload: readonly string[] = []): string {
  const require = createRequire(import.meta.url);
  const tsxApi = new URL('dist/esm/api/index.mjs', pathToFileURL(require.resolve('tsx/package.json'))).href;
  return [
    `const { parentPort } = require('node:worker_threads');`,
    `const nativePush = Array.prototype.push;`,
    `${JSON.stringify(preload)}.reduce((p, url) => p.then(() => import(url)), Promise.resolve())`,
    `  .then(() => { if (Array.prototype.push !== nativePush) Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false }); })`,
    `  .then(() => import(${JSON.stringify(tsxApi)}))`,
    `  .then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); })`,
    `  .then(() => parentPort.postMessage({ ready: true }));`,
  ].join('\n');
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;
  private nextId = 0;
  private readonly source: string;

  constructor(private readonly opts: PoolOptions) {
    this.source = bootstrapSource(opts.workerUrl, opts.preload);
  }

  /** Parses one file in a worker; never rejects (failures come back as `{ ok: false }`). */
  run(task: Omit<WorkerTask, 'id'>): Promise<TaskResult> {
    if (this.closed) return Promise.resolve({ ok: false, code: 'closed', message: 'The worker pool is closed.' });
    return new Promise((resolve) => {
      this.queue.push({ task: { ...task, id: ++this.nextId }, resolve });
      this.dispatch();
    });
  }

  /** Terminates every worker; queued tasks fail with code 'closed'. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve({ ok: false, code: 'closed', message: 'The worker pool was closed.' });
    const slots = this.slots.splice(0);
    await Promise.all(
      slots.map(async (s) => {
        if (s.timer) clearTimeout(s.timer);
        s.current?.resolve({ ok: false, code: 'closed', message: 'The worker pool was closed.' });
        s.current = null;
        await s.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(this.source, {
      eval: true,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb ?? 2048 },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false, current: null, timer: null };
    const startMs = this.opts.startTimeoutMs ?? 60_000;
    slot.timer = setTimeout(() => {
      this.retire(slot, 'crash', `The PDF reader did not start within ${Math.round(startMs / 1000)} s.`);
    }, startMs);
    worker.on('message', (msg: WorkerReply | { ready: true }) => {
      if ('ready' in msg) {
        slot.ready = true;
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        this.dispatch();
        return;
      }
      const cur = slot.current;
      if (!cur || msg.id !== cur.task.id) return;
      this.finish(slot, msg.ok ? { ok: true, doc: msg.doc } : { ok: false, code: msg.code, message: msg.message });
    });
    worker.on('error', (err) => {
      this.opts.logger?.info({ err, file: slot.current?.task.file }, 'ingest worker crashed');
      this.retire(
        slot,
        'crash',
        slot.ready ? `The PDF reader crashed on this file (${err.message}).` : `The PDF reader could not start (${err.message}).`,
      );
    });
    worker.on('exit', (code) => {
      this.retire(slot, 'crash', `The PDF reader stopped unexpectedly on this file (exit code ${code}).`);
    });
    this.slots.push(slot);
    return slot;
  }

  /**
   * Removes a dead worker. Its task fails; a worker that died before it was ready fails the next
   * queued task instead (so a reader that cannot start fails files one by one, never loops).
   * A replacement is started when work remains.
   */
  private retire(slot: Slot, code: string, message: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const victim = slot.current ?? (slot.ready ? undefined : this.queue.shift());
    slot.current = null;
    victim?.resolve({ ok: false, code, message });
    void slot.worker.terminate();
    this.dispatch();
  }

  private finish(slot: Slot, result: TaskResult): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const cur = slot.current;
    slot.current = null;
    cur?.resolve(result);
    this.dispatch();
  }

  /** Hands queued files to ready, idle workers; starts workers (up to `size`) for the rest. */
  private dispatch(): void {
    if (this.closed) return;
    for (;;) {
      const idle = this.slots.find((s) => s.ready && s.current === null);
      if (!idle || this.queue.length === 0) break;
      const next = this.queue.shift()!;
      idle.current = next;
      idle.timer = setTimeout(() => {
        const seconds = Math.round(this.opts.timeoutMs / 100) / 10;
        this.retire(idle, 'timeout', `Reading the PDF took longer than ${seconds} s, so it was stopped.`);
      }, this.opts.timeoutMs);
      // A private copy of the bytes, transferred (not copied again) to the worker.
      const data = new Uint8Array(next.task.data);
      idle.worker.postMessage({ ...next.task, data }, [data.buffer]);
    }
    const starting = this.slots.filter((s) => !s.ready).length;
    let wanted = this.queue.length - starting;
    while (wanted > 0 && this.slots.length < Math.max(1, this.opts.size)) {
      this.spawn();
      wanted--;
    }
  }
}
