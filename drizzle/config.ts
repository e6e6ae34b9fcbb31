/** drizzle-kit's configuration, used by `npm run db:generate` (paths are relative to the repository root). */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema.ts',
  out: './drizzle',
});
