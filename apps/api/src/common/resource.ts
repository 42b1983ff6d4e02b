import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { CrudResourceName } from '@lab/domain';
import type { ProjectOf } from './access';
import type { ListSpec } from './list-query';

/** A many-to-many link kept in a join table and exposed as an id array (`themeIds`). */
export interface LinkSpec {
  field: string;
  entity: EntityTarget<ObjectLiteral>;
  ownerKey: string;
  otherKey: string;
}

/** Everything the generic list and CRUD mechanism needs to know about one resource. */
export interface ResourceDefinition<E extends ObjectLiteral = ObjectLiteral> {
  /** Also the key of its access rule in libs/domain (ACCESS). */
  name: CrudResourceName;
  /** Singular, for messages: "project". */
  label: string;
  entity: EntityTarget<E>;
  list: ListSpec;
  links?: readonly LinkSpec[];
  /**
   * Fields the API returns and react-admin sends back on edit, which a client can never set through a
   * plain write (beyond id, version and timestamps): accepted and ignored.
   */
  readOnly?: readonly string[];
  /** Check constraints (by name) that combine fields, with the field to name and what to fix. */
  checks?: Readonly<Record<string, readonly [field: string, fix: string]>>;
  /** For resources project members write: the project a record belongs to (see common/access.ts). */
  projectOf?: ProjectOf;
}

export const RECORD_READ_ONLY = ['id', 'version', 'createdAt', 'updatedAt'] as const;
