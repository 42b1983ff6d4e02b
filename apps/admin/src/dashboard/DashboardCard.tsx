import { Card, CardContent, CardHeader, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A card of the home page: its title as a level-2 heading (the cards are the page's sections), then its
 * content. A card may shrink in its grid column, and long words and titles wrap rather than being cut.
 */
export function DashboardCard({ title, testId, contentSx, children }: { title: string; testId?: string; contentSx?: SxProps<Theme>; children: ReactNode }) {
  return (
    <Card sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
      <CardHeader title={title} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
      <CardContent sx={contentSx} data-testid={testId}>{children}</CardContent>
    </Card>
  );
}

/**
 * How many rows a list card shows: whole rows, never a row cut off by a scrolling box; the card then says
 * how many there are and links to the full list.
 */
export const CARD_ROWS = 6;
