import 'reflect-metadata';
import { loadConfig } from './config/config.js';
import { mkdirSync } from 'node:fs';
import { assertEventStoreAnswers } from './platform/open-event-store.js';
import { assertReadStoreAnswers } from './platform/open-read-stores.js';
import { lockDataDir } from './shared/data-dir/data-dir-lock.js';

async function main(): Promise<void> {
  const config = loadConfig();
  mkdirSync(config.dataDir, { recursive: true });
  // Held until the process ends; the operating system lets go of it on any exit.
  lockDataDir(config.dataDir);
  await Promise.all([assertEventStoreAnswers(config), assertReadStoreAnswers(config)]);
  // Loaded only now: the application takes seconds to load, and a missing server should not wait for it.
  const { createApp } = await import('./app.factory.js');
  const app = await createApp({ config });
  await app.listen({ port: config.port, host: config.host });
  console.log(`DAEB service listening on http://localhost:${config.port} (docs at /docs, data in ${config.dataDir})`);
}

main().catch((error: unknown) => {
  // A configuration error or an unreachable store is the user's to fix: its message names the variable; anything else needs the stack.
  const configError = error instanceof Error && /^(Invalid configuration|Cannot start):/.test(error.message);
  console.error(configError ? error.message : error instanceof Error ? error.stack : error);
  process.exit(1);
});
