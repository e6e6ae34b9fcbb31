import type { SQL } from 'drizzle-orm';
import type { Database } from '../../db';

/** The rows a raw statement returns; both drivers answer `{ rows }`, which the shared Database type leaves unknown. */
export async function rows<Row>(db: Pick<Database, 'execute'>, query: SQL): Promise<Row[]> {
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}
