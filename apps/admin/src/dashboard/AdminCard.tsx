import { Link, List, ListItem, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { REPORTS_PATH } from '../reports/ReportPage';
import { DashboardCard } from './DashboardCard';

/** What only an administrator does: accounts, the lab's reference data, and freezing the quarterly report. */
export function AdminCard() {
  const translate = useTranslate();
  const items = [
    { to: '/users', title: 'dashboard.admin.users', text: 'dashboard.admin.users_text' },
    { to: REPORTS_PATH, title: 'dashboard.admin.report', text: 'dashboard.admin.report_text' },
    { to: '/labs', title: 'dashboard.admin.labs', text: 'dashboard.admin.labs_text' },
    { to: '/organisations', title: 'dashboard.admin.organisations', text: 'dashboard.admin.organisations_text' },
    { to: '/audit-events', title: 'dashboard.admin.audit', text: 'dashboard.admin.audit_text' },
  ];
  return (
    <DashboardCard title={translate('dashboard.admin.title')} testId="admin">
      <List dense disablePadding sx={{ display: 'grid', columnGap: 3, gridTemplateColumns: { xs: '1fr', md: 'repeat(auto-fill, minmax(240px, 1fr))' } }}>
        {items.map((i) => (
          <ListItem key={i.to} disableGutters>
            <ListItemText primary={<Link component={RouterLink} to={i.to}>{translate(i.title)}</Link>} secondary={translate(i.text)} />
          </ListItem>
        ))}
      </List>
    </DashboardCard>
  );
}
