/**
 * Applies pending migrations (drizzle/) to the configured database: the PostgreSQL server at
 * DATABASE_URL, or else the embedded PGlite database in DATA_DIR. Run it in a deployment before
 * the new version serves; running it again does nothing.
 *
 *   npm run db:migrate
 */
import { databaseLocation } from '../lib/db/availability';
import { createDb } from '../lib/db/index';

const location = databaseLocation();
if ('unavailable' in location) {
  console.error(location.unavailable);
  process.exit(1);
}
const connection = await createDb(location);
try {
  await connection.migrate();
  // The URL may hold a password; name only what kind of database this was.
  console.log('url' in location ? 'Migrated the PostgreSQL database at DATABASE_URL.' : `Migrated the PGlite database in ${location.dataDir}.`);
} finally {
  await connection.close();
}
