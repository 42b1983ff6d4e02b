import type { ComponentType } from 'react';
import type { RaRecord } from 'react-admin';
import type { ResourceName } from '@lab/domain';

/** What each resource folder exports: its screens and its own messages in both languages. */
export interface ResourceModule {
  name: ResourceName;
  list?: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  icon?: ComponentType;
  recordRepresentation?: string | ((record: RaRecord) => string);
  messages: { nl: object; en: object };
}
