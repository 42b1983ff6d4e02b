import { Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { DashboardIndicator } from '@lab/domain';
import { CARD_ROWS, DashboardCard } from './DashboardCard';
import { MoreLink } from './MoreLink';

/** The indicators whose progress lags behind what their target expects by now. */
export function IndicatorsBehindCard({ rows, total }: { rows: DashboardIndicator[]; total?: number }) {
  const translate = useTranslate();
  return (
    <DashboardCard title={translate('dashboard.behind')} testId="behind">
      {rows.length === 0 ? <Typography>{translate('dashboard.none_behind')}</Typography> : (
        <List dense disablePadding>
          {rows.slice(0, CARD_ROWS).map((i) => (
            <ListItem key={i.id} disableGutters>
              <ListItemText
                primary={<Link component={RouterLink} to={`/indicators/${i.id}/show`}>{i.projectCode} · {i.name}</Link>}
                secondary={translate('dashboard.progress', { progress: Math.round(i.progress * 100), expected: Math.round(i.expected * 100) })}
              />
            </ListItem>
          ))}
        </List>
      )}
      <MoreLink shown={Math.min(rows.length, CARD_ROWS)} total={total ?? rows.length} to="/indicators" />
    </DashboardCard>
  );
}
