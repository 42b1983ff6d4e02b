import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A locked field of the quarterly entry, shown as text under its label rather than as a disabled input: what
 * was handed in reads as what it is, a record, and says which field it is.
 */
export function ReadOnlyValue({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Box component="dl" sx={{ m: 0 }} data-testid={testId}>
      <Typography component="dt" variant="caption" color="text.secondary" sx={{ display: 'block', fontWeight: 500 }}>{label}</Typography>
      <Typography component="dd" variant="body1" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{children}</Typography>
    </Box>
  );
}
