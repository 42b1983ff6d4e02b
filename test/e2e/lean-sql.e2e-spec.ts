import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { queryAndParameters, queryShape } from '../../apps/api/src/common/lean-read';
import { ProjectEntity } from '../../apps/api/src/projects/project.entity';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * The read path keeps each query's SQL text by the shape of its query builder (common/lean-read.ts): the
 * text TypeORM writes depends on the shape only, the parameters' values go in afterwards. Every list and
 * read of the whole suite checks its kept text against TypeORM's (NODE_ENV=test); these tests pin the
 * shape's edges.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const projects = () => t.dataSource.getRepository(ProjectEntity).createQueryBuilder('r').select('r.id', 'id').addSelect('r.title', 'title');
const typeorm = (qb: SelectQueryBuilder<ObjectLiteral>) => qb.getQueryAndParameters();

it('gives two queries that differ only in their values one shape, and each its own parameters', () => {
  const a = projects().where('r.lab_id = :lab', { lab: 1 }).orderBy('r.title').limit(25);
  const b = projects().where('r.lab_id = :lab', { lab: 2 }).orderBy('r.title').limit(25);
  expect(queryShape(a)).not.toBeNull();
  expect(queryShape(a)).toBe(queryShape(b));
  expect(queryAndParameters(t.dataSource, a)).toEqual(typeorm(a));
  expect(queryAndParameters(t.dataSource, b)).toEqual(typeorm(b));
  expect(queryAndParameters(t.dataSource, b)[1]).toEqual([2]);
});

it('writes a list parameter out to as many placeholders as it has values, from one kept text', () => {
  const three = projects().where('r.id IN (:...ids)', { ids: [1, 2, 3] });
  const five = projects().where('r.id IN (:...ids)', { ids: [4, 5, 6, 7, 8] });
  expect(queryShape(three)).toBe(queryShape(five));
  expect(queryAndParameters(t.dataSource, three)).toEqual(typeorm(three));
  const [sql, values] = queryAndParameters(t.dataSource, five);
  expect([sql, values]).toEqual(typeorm(five));
  expect(sql).toContain('$5');
  expect(values).toEqual([4, 5, 6, 7, 8]);
});

it('tells apart what changes the text: a condition, a selected column, the order, the page, a parameter name', () => {
  const base = () => projects().where('r.lab_id = :lab', { lab: 1 }).orderBy('r.title').offset(0).limit(25);
  const variants = [
    base(),
    projects().where('r.lab_id = :lab AND r.phase = :phase', { lab: 1, phase: 'experiment' }).orderBy('r.title').offset(0).limit(25),
    base().addSelect('r.code', 'code'),
    base().orderBy('r.code'),
    base().orderBy('r.title', 'DESC'),
    base().offset(25),
    base().limit(100),
    projects().where('r.lab_id = :other', { other: 1 }).orderBy('r.title').offset(0).limit(25),
    projects().where('r.lab_id = 1').orderBy('r.title').offset(0).limit(25),
  ];
  const shapes = variants.map(queryShape);
  expect(shapes.every((s) => s !== null)).toBe(true);
  expect(new Set(shapes).size).toBe(variants.length);
  for (const qb of variants) expect(queryAndParameters(t.dataSource, qb)).toEqual(typeorm(qb));
});

it('keeps the text of a search in brackets (OR of ILIKEs) as TypeORM writes it', () => {
  const search = (word: string) => projects().where(new Brackets((or) => {
    or.orWhere('r.title ILIKE :q', { q: `%${word}%` }).orWhere('r.summary ILIKE :q');
  }));
  expect(queryShape(search('werk'))).toBe(queryShape(search('buurt')));
  const qb = search('buurt');
  expect(queryAndParameters(t.dataSource, qb)).toEqual(typeorm(qb));
});

it('leaves to TypeORM a query whose expression map holds something JSON cannot show whole', () => {
  const qb = projects().where('r.lab_id = :lab', { lab: 1 });
  (qb.expressionMap as unknown as { odd: unknown }).odd = () => 1;
  expect(queryShape(qb)).toBeNull();
  expect(queryAndParameters(t.dataSource, qb)).toEqual(typeorm(qb));
});

it('refuses, under test, a kept text that is not what TypeORM writes for the query', () => {
  const first = projects().where('r.version = :v', { v: 1 });
  queryAndParameters(t.dataSource, first);
  const second = projects().where('r.version = :v', { v: 2 });
  second.getQuery = () => 'SELECT 1';
  expect(() => queryAndParameters(t.dataSource, second)).toThrow(/differs from TypeORM's/);
});
