import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/**
 * The API's derived `overdue` flag as an icon plus the word "Te laat" (never colour alone), with the
 * rule in a tooltip. Nothing when the milestone is on time.
 */
export function OverdueField({ emptyText }: { label?: string; sortable?: boolean; emptyText?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.overdue) return emptyText ? <span>{emptyText}</span> : null;
  return (
    <Tooltip title={translate('resources.milestones.overdue_hint')}>
      <Chip size="small" color="error" variant="outlined" icon={<WarningAmberIcon aria-hidden />} label={translate('app.overdue')} />
    </Tooltip>
  );
}
