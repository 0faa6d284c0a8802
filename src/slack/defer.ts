/**
 * Heavy work after the acknowledgement: yield once to the event loop so the ack (HTTP 200 or
 * the Socket Mode envelope reply) is flushed before the engine's synchronous work starts.
 */
export function afterAck(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
