import { useCanAccess } from 'react-admin';

/**
 * Whether the signed-in user may add or change `resource` records of this project, so that the project page
 * hides the buttons they could not use. Team rules are the same for every project-scoped resource.
 */
export function useCanWriteProject(resource: string, projectId: unknown): boolean {
  // react-admin caches the answer by the record's id, which a record to be created has not: the project
  // goes into the cache key (as the query's meta), or one project's answer would stand for every other.
  const { canAccess } = useCanAccess({ resource, action: 'create', record: { projectId }, meta: { projectId }, enabled: projectId != null });
  return canAccess === true;
}
