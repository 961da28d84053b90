/** drizzle-kit config for the PostgreSQL migrations: `npm run db:generate` (writes drizzle/pg/). */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/db/schema.pg.ts',
	out: './drizzle/pg'
});
