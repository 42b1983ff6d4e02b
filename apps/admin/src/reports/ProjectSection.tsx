import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Box, Chip, Link, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { indicatorsOnTrack, type ProjectSection as Section } from '@lab/domain';
import { HealthChip } from '../common/fields';
import { day } from '../common/format';
import { ProjectIndicatorTable } from './ProjectIndicatorTable';

/**
 * One project's section of the report, folded until opened: phase and health, the status update, phase
 * decisions, milestones, indicators and agreements of the quarter.
 */
export function ProjectSection({ project: p, threshold }: { project: Section; threshold: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const pending = p.indicators.filter((i) => i.pending).length;
  const { onTrack, total } = indicatorsOnTrack(p.indicators);
  return (
    <Accordion disableGutters data-testid={`report-project-${p.code}`} slotProps={{ transition: { unmountOnExit: true } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography component="h3" sx={{ fontWeight: 600 }}>{p.code} {p.title}</Typography>
          <Chip size="small" variant="outlined" label={translate(`enums.phase.${p.phase}`)} />
          <HealthChip health={p.health} />
          <Typography variant="body2" color="text.secondary">
            {translate('reports.projects.summary', { onTrack, smart_count: total })}
          </Typography>
          {pending > 0 && <Chip size="small" color="warning" label={translate('reports.projects.pending', { smart_count: pending })} />}
        </Stack>
      </AccordionSummary>
      <AccordionDetails>
        {p.currentPhase !== p.phase && (
          <Typography variant="body2" sx={{ mb: 1 }}>{translate('reports.projects.current_phase', { phase: translate(`enums.phase.${p.currentPhase}`) })}</Typography>
        )}
        <Typography variant="subtitle2" component="h4">{translate('quarters.status_update')}</Typography>
        <Typography variant="body2" sx={{ mb: 2, whiteSpace: 'pre-wrap' }}>
          {p.statusUpdate ? `${p.statusUpdate.narrative}${p.statusUpdate.submitted ? '' : ` (${translate('reports.projects.not_submitted')})`}` : translate('reports.projects.no_update')}
        </Typography>
        {p.decisions.length > 0 && (
          <>
            <Typography variant="subtitle2" component="h4">{translate('reports.projects.decisions')}</Typography>
            <Box component="ul" sx={{ mt: 0, pl: 2 }}>
              {p.decisions.map((d) => (
                <li key={d.id}>
                  {day(d.decidedAt, locale)}: {translate(`enums.phase.${d.fromPhase}`)} → {translate(`enums.phase.${d.toPhase}`)}, {translate(`enums.gate_decision.${d.decision}`)}
                  {d.rationale ? ` — ${d.rationale}` : ''}
                </li>
              ))}
            </Box>
          </>
        )}
        <Typography variant="subtitle2" component="h4">{translate('reports.projects.milestones')}</Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('reports.projects.milestones_text', { due: p.milestones.due, done: p.milestones.done, onTime: p.milestones.doneOnTime, overdue: p.milestones.overdue })}
        </Typography>
        <Typography variant="subtitle2" component="h4">{translate('resources.indicators.name', { smart_count: 2 })}</Typography>
        {p.indicators.length === 0 ? <Typography variant="body2" color="text.secondary">{translate('reports.projects.no_indicators')}</Typography> : <ProjectIndicatorTable indicators={p.indicators} threshold={threshold} />}
        <Typography variant="subtitle2" component="h4">{translate('reports.projects.agreements')}</Typography>
        {p.agreements.length === 0 ? <Typography variant="body2" color="text.secondary">{translate('reports.projects.no_agreements')}</Typography> : (
          <Box component="ul" sx={{ mt: 0, pl: 2 }}>
            {p.agreements.map((a) => (
              <li key={a.id}>
                <Link component={RouterLink} to={`/agreements/${a.id}/show`}>{a.title}</Link> — {a.organisationName}, {translate(`enums.agreement_kind.${a.kind}`)}, {translate(`enums.agreement_status.${a.status}`)}
                {a.signedInQuarter ? ` (${translate('reports.projects.signed_in_quarter')})` : ''}
              </li>
            ))}
          </Box>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
