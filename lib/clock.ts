import { env } from './env';

/**
 * The site's idea of now, for deciding which scheduled articles are public. It is the real time
 * unless CLOCK_OFFSET_SECONDS moves it (the tests start a server a century ahead to see scheduled
 * articles publish without a rebuild); nothing else should need it.
 */
export function now(): Date {
  return new Date(Date.now() + env().clockOffsetSeconds * 1000);
}
