import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, UNVERIFIED_CLIENT } from '@/lib/client-address';
import { PEER_STAMP_HEADER, stampRequest } from '@/lib/client-address/peer-stamp';

const STAMP = 'this-process-stamp';

/** The headers a route handler sees for a request from `peer` carrying `sent`, once stamped. */
function arriving(peer: string, sent: Record<string, string> = {}): Headers {
  const request = { headers: { ...sent }, socket: { remoteAddress: peer } } as unknown as IncomingMessage;
  stampRequest(request, STAMP);
  return new Headers(request.headers as Record<string, string>);
}

const behindLoopback = ['loopback'];
const behindProxies = ['loopback', '10.0.0.0/8', 'fd00::/8'];

describe('the client address', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress(arriving('203.0.113.7'), { trustedProxies: [], stamp: STAMP })).toBe('203.0.113.7');
    expect(clientAddress(arriving('203.0.113.7', { 'x-forwarded-for': '198.51.100.1' }), { trustedProxies: [], stamp: STAMP })).toBe('203.0.113.7');
    // Even a loopback peer: a server behind nothing trusts nothing.
    expect(clientAddress(arriving('127.0.0.1', { 'x-forwarded-for': '198.51.100.1' }), { trustedProxies: [], stamp: STAMP })).toBe('127.0.0.1');
  });

  it('takes the hop a trusted proxy reports, and the first untrusted one walking right to left', () => {
    expect(clientAddress(arriving('127.0.0.1', { 'x-forwarded-for': '198.51.100.1' }), { trustedProxies: behindLoopback, stamp: STAMP })).toBe('198.51.100.1');
    // The client forged the first two entries; the proxies (10.1.2.3, then loopback) added the rest.
    const chain = { 'x-forwarded-for': '1.1.1.1, 2.2.2.2, 198.51.100.9, 10.1.2.3' };
    expect(clientAddress(arriving('127.0.0.1', chain), { trustedProxies: behindProxies, stamp: STAMP })).toBe('198.51.100.9');
    // With only loopback trusted, 10.1.2.3 is the client as far as the site can tell.
    expect(clientAddress(arriving('127.0.0.1', chain), { trustedProxies: behindLoopback, stamp: STAMP })).toBe('10.1.2.3');
  });

  it('never lets a client behind a trusted proxy pick another bucket with a forged header', () => {
    const addresses = new Set(
      ['5.5.5.5', '6.6.6.6, 7.7.7.7', 'garbage', '', '127.0.0.1'].map((forged) =>
        // The proxy appends the address it was reached from to whatever the client sent.
        clientAddress(arriving('127.0.0.1', { 'x-forwarded-for': forged ? `${forged}, 203.0.113.50` : '203.0.113.50' }), { trustedProxies: behindLoopback, stamp: STAMP }),
      ),
    );
    expect([...addresses]).toEqual(['203.0.113.50']);
  });

  it('reads IPv6 peers and chains, IPv4-mapped loopback included', () => {
    expect(clientAddress(arriving('2001:db8::1', { 'x-forwarded-for': '2001:db8::99' }), { trustedProxies: behindProxies, stamp: STAMP })).toBe('2001:db8::1');
    expect(clientAddress(arriving('::1', { 'x-forwarded-for': '2001:db8::99' }), { trustedProxies: behindLoopback, stamp: STAMP })).toBe('2001:db8::99');
    expect(clientAddress(arriving('::ffff:127.0.0.1', { 'x-forwarded-for': '2001:db8::98, fd00::5' }), { trustedProxies: behindProxies, stamp: STAMP })).toBe('2001:db8::98');
  });

  it('on Vercel (no TRUSTED_PROXIES) takes X-Forwarded-For as the edge wrote it', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '198.51.100.4' }), { trustedProxies: undefined, stamp: undefined })).toBe('198.51.100.4');
    expect(clientAddress(new Headers(), { trustedProxies: undefined, stamp: undefined })).toBe(UNVERIFIED_CLIENT);
  });

  it('puts a request without this process’s stamp in the one unverified bucket, whatever it claims', () => {
    const forged = new Headers({ 'x-forwarded-for': '198.51.100.1, 127.0.0.1', [PEER_STAMP_HEADER]: 'a guess' });
    expect(clientAddress(forged, { trustedProxies: behindLoopback, stamp: STAMP })).toBe(UNVERIFIED_CLIENT);
    expect(clientAddress(new Headers({ 'x-forwarded-for': '198.51.100.1' }), { trustedProxies: [], stamp: undefined })).toBe(UNVERIFIED_CLIENT);
    // A stamp the client sent is overwritten by the real one.
    expect(clientAddress(arriving('203.0.113.8', { [PEER_STAMP_HEADER]: STAMP, 'x-forwarded-for': '1.1.1.1' }), { trustedProxies: [], stamp: STAMP })).toBe('203.0.113.8');
  });
});
