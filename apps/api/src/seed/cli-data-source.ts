import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source';
import { ENTITIES } from './entities';

/** For the TypeORM CLI (migration:generate / run / revert) against DATABASE_URL, with every entity to compare. */
export default new DataSource({
  ...dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/lab'),
  entities: ENTITIES,
});
