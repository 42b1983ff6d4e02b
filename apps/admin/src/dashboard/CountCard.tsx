import { Box, Card, CardContent, CardHeader, Link, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';

export interface CountCardProps {
  /** Also the start of its test ids: `${testId}` and `${testId}-count`. */
  testId: string;
  /** Already translated, as is `text`. */
  title: string;
  count: number;
  text: string;
  /** The list that holds what is counted. */
  to: string;
  /** The colour of the card's edge while there is something to do. */
  colour: string;
}

/** What waits for the user, as one big number that opens the list behind it. */
export function CountCard({ testId, title, count, text, to, colour }: CountCardProps) {
  const translate = useTranslate();
  return (
    <Card data-testid={testId} sx={{ borderLeft: 6, borderColor: count > 0 ? colour : 'divider', minWidth: 0 }}>
      <CardHeader title={title} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
      <CardContent sx={{ pt: 0 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Typography variant="h3" component="p" data-testid={`${testId}-count`}>
            <Link component={RouterLink} to={to} underline="hover" color="inherit" aria-label={`${count}: ${title}`}>{count}</Link>
          </Typography>
          <Box sx={{ minWidth: 0 }}>
            <Typography>{text}</Typography>
            <Link component={RouterLink} to={to} aria-label={`${translate('reviews.dashboard.open')}: ${title}`}>{translate('reviews.dashboard.open')}</Link>
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
}

/** The cards above the rest of a home page: what waits for the user. */
export function CountCards({ cards }: { cards: CountCardProps[] }) {
  if (cards.length === 0) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: `repeat(${Math.min(cards.length, 3)}, 1fr)` }, mb: 2 }}>
      {cards.map((c) => <CountCard key={c.testId} {...c} />)}
    </Box>
  );
}

/** react-admin list URLs: `/projects?filter={"health":"at_risk"}`. */
export const listUrl = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
