import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Calendar days stay 'YYYY-MM-DD' strings (pg would turn them into local-time Dates), and bigint
// (money in cents, counts) becomes a number: every amount here is far below 2^53.
types.setTypeParser(types.builtins.DATE, (v) => v);
types.setTypeParser(types.builtins.INT8, (v) => Number(v));

/**
 * Connection, migrations and naming; no entities. In the app the feature modules register those
 * (autoLoadEntities); a data source made outside Nest passes `{ entities: ENTITIES }` from seed/entities.ts.
 */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'all',
    // Fail fast when the database is gone instead of queueing requests behind a dead pool: a new connection
    // gets 2 s, a statement 30 s on the server (statement_timeout) and 35 s on the client (query_timeout, for a
    // server that stopped answering without closing the socket); keepAlive notices dead peers.
    extra: {
      max: 20,
      connectionTimeoutMillis: 2000,
      statement_timeout: 30_000,
      query_timeout: 35_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    },
    ...extra,
  } as DataSourceOptions;
}
