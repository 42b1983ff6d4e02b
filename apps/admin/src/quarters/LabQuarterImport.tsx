import { Box, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { IMPORT_LAB_ROLES, type UserRole } from '@lab/domain';
import { readSession } from '../auth/session';
import { defaultLabQuarter, labQuarterChoices } from '../common/quarter';
import { QuarterImport } from './QuarterImport';

/**
 * On a lab's page, for administrators: the template of a whole lab's quarter (a sheet per project) and its
 * import, every project saved in one transaction or none.
 */
export function LabQuarterImport() {
  const translate = useTranslate();
  const lab = useRecordContext<{ id: number; startDate?: string | null; endDate?: string | null }>();
  const role = readSession()?.user?.role as UserRole | undefined;
  const [period, setPeriod] = useState<string | null>(null);
  if (!lab || !role || !IMPORT_LAB_ROLES.includes(role)) return null;
  const quarter = period ?? defaultLabQuarter(lab);
  const choices = [...new Set([quarter, ...labQuarterChoices(lab)])];
  return (
    <Box component="section" aria-labelledby="lab-quarter-import" sx={{ mt: 1 }}>
      <Typography id="lab-quarter-import" variant="subtitle1" component="h2" sx={{ mb: 1 }}>{translate('quarters.import.lab_heading')}</Typography>
      <TextField select size="small" label={translate('resources.measurements.fields.period')} value={quarter} onChange={(e) => setPeriod(e.target.value)} sx={{ width: 160, mb: 1 }}>
        {choices.map((q) => <MenuItem key={q} value={q}>{q}</MenuItem>)}
      </TextField>
      <QuarterImport key={quarter} scope="labs" id={lab.id} period={quarter} />
    </Box>
  );
}
