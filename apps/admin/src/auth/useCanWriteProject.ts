import { useCanAccess } from 'react-admin';

/**
 * Whether the signed-in user may add or change `resource` records of this project, so that the project page
 * hides the buttons they could not use. Team rules are the same for every project-scoped resource.
 */
export function useCanWriteProject(resource: string, projectId: unknown): boolean {
  const { canAccess } = useCanAccess({ resource, action: 'create', record: { projectId } });
  return canAccess === true;
}
