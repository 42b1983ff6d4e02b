import { types } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Calendar days stay 'YYYY-MM-DD' strings (pg would turn them into local-time Dates), and bigint
// (money in cents, counts) becomes a number: every amount here is far below 2^53.
types.setTypeParser(types.builtins.DATE, (v) => v);
types.setTypeParser(types.builtins.INT8, (v) => Number(v));

export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'all',
    // Fail fast when the database is gone instead of queueing requests behind a dead pool.
    extra: { connectionTimeoutMillis: 5000, max: 20 },
    ...extra,
  } as DataSourceOptions;
}

/** For the TypeORM CLI (migration:generate / run / revert) against DATABASE_URL. */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/lab'));
