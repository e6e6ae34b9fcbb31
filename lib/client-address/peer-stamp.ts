/**
 * `next start` fills X-Forwarded-For from the socket only when the request has none (`??=` in
 * Next's base server), so a client that sends its own hides its real address from route handlers.
 * Installed once per server process (instrumentation.ts), this appends the socket's address to
 * X-Forwarded-For of every request as it arrives, and marks the request with this process's random
 * stamp, which tells client-address.ts the last entry is the true peer and not a client's invention.
 */
import { randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';

export const PEER_STAMP_HEADER = 'x-peer-appended';

// Process-wide rather than module state: Next bundles instrumentation and route handlers apart, each
// with its own copy of this module.
const stampKey = Symbol.for('yuedu.peerStamp');
const processGlobal = globalThis as { [stampKey]?: string };

/** This process's stamp, once the servers append peers; undefined before (or outside a server). */
export function peerStamp(): string | undefined {
  return processGlobal[stampKey];
}

/** Appends the peer's address and stamps the request; any stamp the client sent is overwritten. */
export function stampRequest(request: IncomingMessage, stamp: string): void {
  const peer = request.socket.remoteAddress ?? '';
  const forwarded = request.headers['x-forwarded-for'];
  request.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${peer}` : peer;
  request.headers[PEER_STAMP_HEADER] = stamp;
}

export function appendPeerAddresses(): void {
  if (peerStamp()) return;
  const stamp = randomBytes(24).toString('base64url');
  processGlobal[stampKey] = stamp;
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit as EventEmitter['emit'];
    Server.prototype.emit = function (this: EventEmitter, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') stampRequest(args[0] as IncomingMessage, stamp);
      return emit.call(this, event, ...args);
    };
  }
}
