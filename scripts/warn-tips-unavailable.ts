/**
 * Run before `next build`: a deployment that cannot record tips (Vercel without DATABASE_URL) says
 * so in its build log, not only when the first reader tries to tip.
 */
import { warnIfTipsUnavailable } from '../lib/db/availability';

warnIfTipsUnavailable();
