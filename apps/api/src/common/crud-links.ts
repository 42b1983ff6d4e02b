import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '@lab/domain';
import type { LinkSpec } from './resource';

// Many-to-many links kept in join tables and exposed as id arrays (`themeIds`).

/** `ARRAY(SELECT other FROM link_table WHERE owner = r.id ORDER BY other)`: a record's link ids. */
export function linkArraySql(dataSource: DataSource, link: LinkSpec, alias: string): string {
  const meta = dataSource.getMetadata(link.entity);
  const column = (property: string) => meta.findColumnWithPropertyName(property)!.databaseName;
  const owner = column(link.ownerKey);
  const other = column(link.otherKey);
  return `ARRAY(SELECT l."${other}" FROM "${meta.tableName}" l WHERE l."${owner}" = ${alias}.id ORDER BY l."${other}")`;
}

/** Replaces a record's links with the wanted ids, refusing ids that do not exist (422 naming the field). */
export async function writeLinks(manager: EntityManager, specs: readonly LinkSpec[], id: number, links: Record<string, unknown>): Promise<void> {
  for (const link of specs) {
    const wanted = links[link.field] as number[] | undefined;
    if (!wanted) continue;
    await manager.delete(link.entity, { [link.ownerKey]: id });
    const unique = [...new Set(wanted)];
    if (!unique.length) continue;
    const target = manager.connection.getMetadata(link.entity).foreignKeys
      .find((fk) => fk.columns.some((c) => c.propertyName === link.otherKey))!.referencedEntityMetadata;
    const found: { id: number }[] = await manager.getRepository(target.target).createQueryBuilder('t')
      .select('t.id', 'id').where('t.id IN (:...ids)', { ids: unique }).getRawMany();
    const missing = unique.filter((v) => !found.some((f) => f.id === v));
    if (missing.length) {
      throw new DomainError('INVALID_REFERENCE', `${link.field}: no ${target.tableName} with id ${missing.join(', ')}.`, {
        errors: { [link.field]: `no ${target.tableName} with id ${missing.join(', ')}` },
      });
    }
    await manager.insert(link.entity, unique.map((other) => ({ [link.ownerKey]: id, [link.otherKey]: other })));
  }
}
