import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// libs/domain is shared by the API and the dashboard: it must not pull in a framework.
describe('libs/domain imports', () => {
  const dir = join(process.cwd(), 'libs/domain/src');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));

  it.each(files)('%s imports only relative files', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const imports = [...source.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(imports.filter((i) => !i.startsWith('./'))).toEqual([]);
  });
});
