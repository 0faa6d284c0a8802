/**
 * Heavy work after the acknowledgement.
 *
 * Answering is synchronous CPU work (SQLite + ranking). If every handler simply yielded once and
 * then answered, fifty questions arriving together would all answer inside one turn of the event
 * loop and the fifty-first request would not even be read — let alone acknowledged — until they
 * were done (measured: ack p95 > 3 s under 50 concurrent questions, past Slack's limit).
 *
 * So handlers wait their turn in a queue that releases ONE handler per event-loop iteration:
 * `setImmediate` scheduled from inside an immediate callback runs in the next iteration, after
 * the poll phase, so pending requests are read and acked between two answers.
 */
const waiting: Array<() => void> = [];
let draining = false;

function drain(): void {
  const next = waiting.shift();
  if (next === undefined) {
    draining = false;
    return;
  }
  next(); // the handler's continuation runs in this callback's microtask checkpoint
  setImmediate(drain);
}

/** Resolves when it is this handler's turn to do its heavy work (after its ack has gone out). */
export function afterAck(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!draining) {
      draining = true;
      setImmediate(drain);
    }
  });
}
