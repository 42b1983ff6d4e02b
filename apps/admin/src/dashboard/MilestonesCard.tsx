import { Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { DashboardMilestone } from '@lab/domain';
import { day } from '../common/format';
import { CARD_ROWS, DashboardCard } from './DashboardCard';
import { MoreLink } from './MoreLink';

/** A list of milestones with their due days (the overdue ones, or those due soon), linking to the full list. */
export function MilestonesCard({ title, empty, rows, testId, total, all }: {
  /** Already translated, as is `empty`. */
  title: string; empty: string; rows: DashboardMilestone[]; testId: string; total?: number; all: string;
}) {
  const [locale] = useLocaleState();
  return (
    <DashboardCard title={title} testId={testId}>
      {rows.length === 0 ? <Typography>{empty}</Typography> : (
        <List dense disablePadding>
          {rows.slice(0, CARD_ROWS).map((m) => (
            <ListItem key={m.id} disableGutters>
              <ListItemText
                primary={<Link component={RouterLink} to={`/milestones/${m.id}/show`}>{m.projectCode} · {m.title}</Link>}
                secondary={day(m.dueDate, locale)}
              />
            </ListItem>
          ))}
        </List>
      )}
      <MoreLink shown={Math.min(rows.length, CARD_ROWS)} total={total ?? rows.length} to={all} />
    </DashboardCard>
  );
}
