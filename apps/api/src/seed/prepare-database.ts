import { hash } from 'argon2';
import type { DataSource } from 'typeorm';
import { todayIso } from '@lab/domain';
import { UserEntity } from '../users/user.entity';
import { loadDemoData, type DemoSummary } from './demo-data';

/** The password of the demo accounts: demo data only, never in a real deployment (which starts empty). */
export const DEMO_PASSWORD = 'meedoen-werkt-demo';

export interface PrepareOptions {
  demoData: boolean;
  admin: { email: string; password: string } | null;
  log: (line: string) => void;
}

export interface PrepareResult {
  migrations: string[];
  demo: DemoSummary | null;
  adminCreated: boolean;
}

/**
 * Brings a database to the current schema and, when it is empty, fills it: the demo lab when demo data is
 * on, and the first admin from ADMIN_EMAIL / ADMIN_PASSWORD. An advisory lock keeps replicas that start at
 * the same time from doing it twice.
 */
export async function prepareDatabase(dataSource: DataSource, options: PrepareOptions): Promise<PrepareResult> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK]);
    return await migrateAndFill(dataSource, options);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

/** Any constant will do, as long as every replica uses the same one. */
const PREPARE_LOCK = 20151218;

async function migrateAndFill(dataSource: DataSource, options: PrepareOptions): Promise<PrepareResult> {
  const ran = await dataSource.runMigrations({ transaction: 'all' });
  for (const m of ran) options.log(`Applied migration ${m.name}`);

  return dataSource.transaction(async (manager) => {
    const [{ labs, users }] = await manager.query(
      'SELECT (SELECT count(*) FROM labs)::int AS labs, (SELECT count(*) FROM users)::int AS users',
    );
    let demo: DemoSummary | null = null;
    if (options.demoData && labs === 0 && users === 0) {
      demo = await loadDemoData(manager, todayIso());
      const demoHash = await hash(DEMO_PASSWORD, { type: 2 /* argon2id */ });
      await manager.query('UPDATE users SET password_hash = $1 WHERE email = ANY($2)', [demoHash, demo.users.map((u) => u.email)]);
      options.log(`Loaded the demo lab: ${demo.projects} projects`);
    }
    let adminCreated = false;
    if (options.admin) {
      const existing = await manager.count(UserEntity, { where: { email: options.admin.email } });
      const anyAdmin = await manager.count(UserEntity, { where: { role: 'admin' } });
      if (existing === 0 && (users === 0 || anyAdmin === 0)) {
        await manager.insert(UserEntity, {
          email: options.admin.email, name: 'Administrator', role: 'admin', active: true,
          passwordHash: await hash(options.admin.password, { type: 2 /* argon2id */ }),
        });
        adminCreated = true;
        options.log(`Created the first admin user ${options.admin.email}`);
      }
    }
    return { migrations: ran.map((m) => m.name), demo, adminCreated };
  });
}
