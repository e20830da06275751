import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { loadConfig } from './config/config.js';
import { mkdirSync } from 'node:fs';
import { lockDataDir } from './shared/data-dir/data-dir-lock.js';

async function main(): Promise<void> {
  const config = loadConfig();
  mkdirSync(config.dataDir, { recursive: true });
  // Held until the process ends; the operating system lets go of it on any exit.
  lockDataDir(config.dataDir);
  const app = await createApp({ config });
  await app.listen({ port: config.port, host: config.host });
  console.log(`DAEB service listening on http://localhost:${config.port} (docs at /docs, data in ${config.dataDir})`);
}

main().catch((error: unknown) => {
  // A configuration error is the user's to fix: its message names the variable; anything else needs the stack.
  const configError = error instanceof Error && error.message.startsWith('Invalid configuration');
  console.error(configError ? error.message : error instanceof Error ? error.stack : error);
  process.exit(1);
});
