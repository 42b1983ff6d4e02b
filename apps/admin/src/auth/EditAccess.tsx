import { useEffect, type ReactNode } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRedirect, useResourceContext } from 'react-admin';

/**
 * An edit page's form, only for who may change this record. react-admin asks before the record has loaded
 * (and a team member may edit their own projects' records), so the page opened for anyone; a project
 * member who types the edit address of another team's record is sent to its page, told why.
 */
export function EditAccess({ children }: { children: ReactNode }) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const { canAccess, isPending } = useCanAccess({ action: 'edit', resource: resource ?? '', record, enabled: !!record && !!resource });
  const refused = !!record && !isPending && canAccess === false;
  const notify = useNotify();
  const redirect = useRedirect();
  useEffect(() => {
    if (!refused || !record || !resource) return;
    notify('auth.no_edit_access', { type: 'warning' });
    redirect('show', resource, record.id);
  }, [refused, record, resource, notify, redirect]);
  if (!record || isPending || canAccess !== true) return null;
  return <>{children}</>;
}
