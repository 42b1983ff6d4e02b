import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { Menu } from './Menu';

/**
 * react-admin's layout, with its content column allowed to shrink (a flex child otherwise grows to its
 * widest table or tab row) so that the page fits 1366 px and a tablet; wide tables scroll inside their card.
 */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout
      menu={Menu}
      sx={{
        '& .RaLayout-content': { minWidth: 0 },
        '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
      }}
    >
      {children}
    </RaLayout>
  );
}
