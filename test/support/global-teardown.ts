import { rmSync } from 'node:fs';
import type { EmbeddedDatabase } from '../../apps/api/src/database/embedded';

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as { __embeddedPg?: EmbeddedDatabase; __embeddedPgDir?: string };
  await g.__embeddedPg?.stop();
  if (g.__embeddedPgDir) rmSync(g.__embeddedPgDir, { recursive: true, force: true });
}
