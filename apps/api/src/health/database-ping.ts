import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

const TIMEOUT_MS = 1500;

/**
 * The health check's own round trip to PostgreSQL, over a connection of its own: during a flood the app's
 * pool has a queue, and a probe waiting in it would report the API as down while it is only busy.
 */
@Injectable()
export class DatabasePing implements OnApplicationShutdown {
  private readonly pool: Pool;

  constructor(dataSource: DataSource, private readonly indicators: HealthIndicatorService) {
    const { url } = dataSource.options as { url: string };
    this.pool = new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: TIMEOUT_MS, query_timeout: TIMEOUT_MS, idleTimeoutMillis: 60_000 });
    // A connection lost while idle is replaced on the next ping; it must not take the process down.
    this.pool.on('error', () => undefined);
  }

  async check(key: string) {
    const indicator = this.indicators.check(key);
    try {
      await this.pool.query('SELECT 1');
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}
