import { Link, Stack } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { PHASES, type Phase } from '@lab/domain';
import { listUrl } from './CountCard';
import { DashboardCard } from './DashboardCard';
import { PHASE_COLOURS } from './phase-colours';

/** How many projects are in each phase, as a bar chart, and as links to the list of each phase's projects. */
export function PhaseChartCard({ byPhase }: { byPhase: Record<Phase, number> }) {
  const translate = useTranslate();
  const phaseData = PHASES.map((phase) => ({ phase, label: translate(`enums.phase.${phase}`), count: byPhase[phase] }));
  return (
    <DashboardCard title={translate('dashboard.projects_per_phase')} testId="phase-chart">
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={phaseData} layout="vertical" margin={{ left: 24 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={90} />
          <Tooltip />
          <Bar dataKey="count" name={translate('resources.projects.name', { smart_count: 2 })} label={{ position: 'right' }}>
            {phaseData.map((d) => <Cell key={d.phase} fill={PHASE_COLOURS[d.phase]} />)}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap', mt: 1 }} data-testid="phase-links">
        {phaseData.map((d) => (
          <Link key={d.phase} component={RouterLink} to={listUrl('projects', { phase: [d.phase] })} data-testid={`phase-${d.phase}`}>
            {d.label}: {d.count}
          </Link>
        ))}
      </Stack>
    </DashboardCard>
  );
}
