import { Link, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';

/** "50 of 7,012 shown — all": where the home page shows only the first rows of a long list. */
export function MoreLink({ shown, total, to }: { shown: number; total?: number; to: string }) {
  const translate = useTranslate();
  if (total === undefined || total <= shown) return null;
  return (
    <Typography variant="body2" sx={{ mt: 1 }}>
      {translate('dashboard.shown_of', { shown, total })} <Link component={RouterLink} to={to}>{translate('dashboard.show_all')}</Link>
    </Typography>
  );
}
