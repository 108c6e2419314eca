// For working on the web app by hand: `npx tsx test/e2e/dev-server.ts` builds it, starts a seeded
// server on a fresh folder, prints its address and the seeded people, and runs until Ctrl-C.
import { seed } from './seed.ts';
import { ADMIN_EMAIL, buildWeb, PASSWORD, startServer } from './server.ts';

await buildWeb();
const server = await startServer();
const seeded = await seed(server);
console.log(JSON.stringify({ url: server.url, password: PASSWORD, admin: ADMIN_EMAIL, clinician: seeded.clinicianEmail, patient: seeded.patient }));
await new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});
await server.stop();
