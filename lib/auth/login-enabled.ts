import { env } from '../env';

/**
 * Whether any sign-in provider is configured. Its own module: the root layout asks it on every
 * page, and importing it must not bring next-auth, its providers and the database into every route.
 */
export function loginEnabled(): boolean {
  return env().auth.providers.length > 0;
}
