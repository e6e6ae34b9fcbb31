/**
 * The client's address, the rate limits' key for guests: read from X-Forwarded-For right to left,
 * past the proxies the deployment trusts (TRUSTED_PROXIES), to the first hop that is not one of
 * them. Entries left of it were written by the client or by someone it controls, so a forged
 * X-Forwarded-For never moves a client into another client's bucket: with no trusted proxy, the
 * address is the socket's own.
 */
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import { env } from '../env';
import { PEER_STAMP_HEADER, peerStamp } from './peer-stamp';

/**
 * The one bucket of requests whose peer is unknown, so they share a limit rather than choose their
 * own: those `next start` took while it was still starting, before instrumentation.ts ran (it
 * listens at once and holds early requests until it is ready, and they were emitted unstamped).
 */
export const UNVERIFIED_CLIENT = 'unverified';

type Trust = ReturnType<typeof proxyAddr.compile>;
const compiled = new Map<string, Trust>();
const trustOf = (proxies: string[]) => {
  const key = proxies.join(',');
  let trust = compiled.get(key);
  if (!trust) compiled.set(key, (trust = proxyAddr.compile(proxies)));
  return trust;
};

let warnedUnverified = false;

/** Whom to believe: the configured proxies (undefined: the header as given) and this process's stamp. */
export type AddressTrust = { trustedProxies: string[] | undefined; stamp: string | undefined };

export function clientAddress(headers: Headers, { trustedProxies, stamp }: AddressTrust = { trustedProxies: env().trustedProxies, stamp: peerStamp() }): string {
  const forwarded = headers.get('x-forwarded-for') ?? '';
  // Vercel's edge replaces X-Forwarded-For with the address it was reached from.
  if (trustedProxies === undefined) return forwarded.split(',')[0]?.trim() || UNVERIFIED_CLIENT;
  if (!stamp || headers.get(PEER_STAMP_HEADER) !== stamp) {
    if (!warnedUnverified) {
      warnedUnverified = true;
      console.warn('[限流] a request arrived before the server appended peer addresses (instrumentation.ts): it shares one rate limit with any others like it');
    }
    return UNVERIFIED_CLIENT;
  }
  const hops = forwarded.split(',').map((hop) => hop.trim());
  const peer = hops.pop() ?? '';
  if (!peer) return UNVERIFIED_CLIENT;
  if (trustedProxies.length === 0) return peer;
  // proxy-addr reads a request; this one holds the chain as the peer stamp left it.
  const request = { headers: { 'x-forwarded-for': hops.join(', ') }, socket: { remoteAddress: peer } };
  return proxyAddr(request as unknown as IncomingMessage, trustOf(trustedProxies));
}
