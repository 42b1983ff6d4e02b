import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EditNoteIcon from '@mui/icons-material/EditNote';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import UndoIcon from '@mui/icons-material/Undo';
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { MeasurementStatus } from '@lab/domain';

const LOOK: Record<MeasurementStatus, { color: 'default' | 'secondary' | 'success' | 'warning'; icon: typeof CheckCircleIcon }> = {
  draft: { color: 'default', icon: EditNoteIcon },
  submitted: { color: 'secondary', icon: HourglassTopIcon },
  approved: { color: 'success', icon: CheckCircleIcon },
  returned: { color: 'warning', icon: UndoIcon },
};

/** A measurement's review status as a chip: its word and an icon, never the colour alone. */
export function MeasurementStatusChip({ status, size = 'small' }: { status: MeasurementStatus | string | null | undefined; size?: 'small' | 'medium' }) {
  const translate = useTranslate();
  if (!status || !(status in LOOK)) return null;
  const { color, icon: Icon } = LOOK[status as MeasurementStatus];
  return (
    <Chip
      size={size}
      color={color}
      variant={status === 'draft' ? 'outlined' : 'filled'}
      icon={<Icon aria-hidden />}
      label={translate(`enums.measurement_status.${status}`)}
      data-testid="measurement-status"
    />
  );
}

/** The chip as a react-admin field (in a Datagrid or a show layout). */
export function StatusChipField(_: { source?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  return <MeasurementStatusChip status={record?.status} />;
}
