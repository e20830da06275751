import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { loadConfig } from './config/config.js';

async function main(): Promise<void> {
  const config = loadConfig();
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
