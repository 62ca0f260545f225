/**
 * What the app knows of its connection to the server, as window events: a request that could not
 * reach the server says so at once (the health badge checks again instead of waiting for its next
 * poll), and the health check says when the server answers again (failed reads and chunks are
 * asked for again, without reloading the page).
 */
export const NETWORK_FAILED_EVENT = 'ogi:network-failed';
export const CONNECTION_RESTORED_EVENT = 'ogi:connection-restored';

/** A request could not reach the server (no answer at all, not a refusal). */
export function signalNetworkFailure(): void {
  window.dispatchEvent(new Event(NETWORK_FAILED_EVENT));
}

/** The server answers again after a failed health check. */
export function signalConnectionRestored(): void {
  window.dispatchEvent(new Event(CONNECTION_RESTORED_EVENT));
}

/** Calls `listener` on each event of that name; answers the function that stops listening. */
export function onConnectionEvent(
  name: typeof NETWORK_FAILED_EVENT | typeof CONNECTION_RESTORED_EVENT,
  listener: () => void,
): () => void {
  window.addEventListener(name, listener);
  return () => window.removeEventListener(name, listener);
}
