import { Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { DashboardDecision } from '@lab/domain';
import { day } from '../common/format';
import { DashboardCard } from './DashboardCard';

/** The latest phase-gate decisions: which project went from which phase to which, and when. */
export function DecisionsCard({ rows }: { rows: DashboardDecision[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <DashboardCard title={translate('dashboard.decisions')} testId="decisions">
      {rows.length === 0 ? <Typography>{translate('dashboard.none_decisions')}</Typography> : (
        <List dense disablePadding>
          {rows.map((d) => (
            <ListItem key={d.id} disableGutters>
              <ListItemText
                primary={<Link component={RouterLink} to={`/projects/${d.projectId}/show`}>{d.projectCode}</Link>}
                secondary={`${translate('dashboard.decision', {
                  from: translate(`enums.phase.${d.fromPhase}`), to: translate(`enums.phase.${d.toPhase}`), decision: translate(`enums.gate_decision.${d.decision}`),
                })} · ${day(d.decidedAt, locale)}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </DashboardCard>
  );
}
