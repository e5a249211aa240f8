// `npm run bench`: builds the extension (unless E2E_EXTENSION_PATH names a build to measure), then
// runs the TypeScript benchmark through jiti, so the bench shares the e2e harness without a build step.
import { spawnSync } from 'node:child_process';
import { createJiti } from 'jiti';

if (!process.env.E2E_EXTENSION_PATH) {
  console.log('· building the extension (set E2E_EXTENSION_PATH to measure an existing build)');
  const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const jiti = createJiti(import.meta.url);
const { main } = await jiti.import('./main.ts');
process.exitCode = await main();
