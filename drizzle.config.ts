// drizzle-kit: `npx drizzle-kit generate` writes migrations from src/store/schema; they are applied at
// start and by `threshold migrate`. The dialect is the same for PGlite and PostgreSQL.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema/index.ts',
  out: './src/store/migrations',
});
