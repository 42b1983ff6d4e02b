import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import {
  Alert, Box, Checkbox, FormControlLabel, FormHelperText, List, ListItem, ListItemIcon, ListItemText, Stack, TextField as MuiTextField, Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import type { ProjectOverview, Words } from '@lab/domain';
import { day, dayText, decimal, parseDayText } from '../common/format';
import { httpClient } from '../data-provider';
import { overviewKey } from './ProjectGlance';

const say = (words: Words | null | undefined, locale: string) => (words ? (locale === 'en' ? words.en : words.nl) : '');

/** A threshold as typed: the value and the day (dd-mm-jjjj) as text, checked by the API on the go. */
export interface ThresholdDraft {
  value: string;
  byDate: string;
}

/**
 * The indicators whose threshold is (partly) filled in, in the order they are sent: a threshold left empty is
 * left out, so that the gate's own criteria are judged first and the API then names the missing one.
 */
export function sentOrder(thresholds: Record<number, ThresholdDraft>): number[] {
  return Object.entries(thresholds).filter(([, t]) => t.value.trim() !== '' || t.byDate.trim() !== '').map(([id]) => Number(id));
}

/** The criteria as the API takes them; what does not read as a number or a day goes as typed, for the API to name. */
export function criteriaBody(thresholds: Record<number, ThresholdDraft>) {
  return sentOrder(thresholds).map((indicatorId) => {
    const t = thresholds[indicatorId]!;
    const number = Number(t.value.replace(',', '.'));
    return {
      indicatorId,
      value: t.value.trim() === '' ? null : Number.isNaN(number) ? t.value : number,
      byDate: parseDayText(t.byDate) ?? (t.byDate.trim() || null),
    };
  });
}

/**
 * The go into the experiment: the hypothesis, and per outcome indicator the threshold to reach by a date,
 * fixed with the decision. Each starts at the indicator's target, which the team may set apart.
 */
export function ExperimentCriteriaFields({ projectId, hypothesis, onHypothesis, thresholds, onThresholds, errors }: {
  projectId: number; hypothesis: string; onHypothesis: (v: string) => void;
  thresholds: Record<number, ThresholdDraft>; onThresholds: (t: Record<number, ThresholdDraft>) => void; errors: Record<string, string>;
}) {
  const translate = useTranslate();
  const t = (key: string, args?: object) => translate(`resources.projects.gate.criteria.${key}`, args);
  const { data: indicators = [] } = useGetList('indicators', {
    filter: { projectId, kind: 'outcome' }, pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' },
  });
  useEffect(() => {
    if (indicators.length === 0 || Object.keys(thresholds).length > 0) return;
    onThresholds(Object.fromEntries(indicators.map((i) => [i.id, { value: i.targetValue == null ? '' : String(i.targetValue), byDate: dayText(i.targetDate) }])));
  }, [indicators, thresholds, onThresholds]);
  // The API names a threshold by its place in what was sent.
  const order = sentOrder(thresholds);
  const row = (id: number) => `criteria.${order.indexOf(id)}`;
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2 }} data-testid="gate-criteria">
      <Typography component="legend" variant="subtitle2" sx={{ mb: 0.5 }}>{t('title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('intro')}</Typography>
      <MuiTextField
        label={t('hypothesis')} value={hypothesis} onChange={(e) => onHypothesis(e.target.value)} multiline minRows={2} fullWidth margin="dense"
        required error={!!errors.hypothesis} helperText={errors.hypothesis ?? t('hypothesis_help')} slotProps={{ htmlInput: { 'data-testid': 'gate-hypothesis' } }}
      />
      {errors.criteria && <FormHelperText error>{errors.criteria}</FormHelperText>}
      {indicators.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{t('no_outcome')}</Typography>
      ) : indicators.map((i) => {
        const draft = thresholds[i.id as number] ?? { value: '', byDate: '' };
        const set = (patch: Partial<ThresholdDraft>) => onThresholds({ ...thresholds, [i.id]: { ...draft, ...patch } });
        return (
          <Stack key={i.id} direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' }, mt: 1 }} data-testid={`gate-threshold-${i.id}`}>
            <Typography variant="body2" sx={{ flex: 2, pt: { sm: 2 } }}>{i.name}</Typography>
            <MuiTextField
              label={t('value')} value={draft.value} onChange={(e) => set({ value: e.target.value })} size="small" margin="dense" sx={{ flex: 1 }}
              required inputMode="decimal" error={!!errors[`${row(i.id as number)}.value`]} helperText={errors[`${row(i.id as number)}.value`] ?? errors[`${row(i.id as number)}.indicatorId`]}
              slotProps={{ htmlInput: { 'data-testid': 'gate-threshold-value' } }}
            />
            <MuiTextField
              label={t('by_date')} value={draft.byDate} onChange={(e) => set({ byDate: e.target.value })} size="small" margin="dense" sx={{ flex: 1 }}
              required error={!!errors[`${row(i.id as number)}.byDate`]} helperText={errors[`${row(i.id as number)}.byDate`]}
              slotProps={{ htmlInput: { 'data-testid': 'gate-threshold-date' } }}
            />
          </Stack>
        );
      })}
    </Box>
  );
}

/**
 * The go into rollout: each success criterion met or not from the approved figures, with its evidence level;
 * with unmet ones, the go is an override, with its own rationale.
 */
export function RolloutCriteria({ projectId, override, onOverride, overrideRationale, onOverrideRationale, errors }: {
  projectId: number; override: boolean; onOverride: (v: boolean) => void; overrideRationale: string; onOverrideRationale: (v: string) => void;
  errors: Record<string, string>;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, args?: object) => translate(`resources.projects.gate.criteria.${key}`, args);
  const { data } = useQuery({
    queryKey: overviewKey(projectId),
    queryFn: async () => (await httpClient(`/api/projects/${projectId}/overview`)).json as ProjectOverview,
  });
  const criteria = (data?.gate.checks ?? []).filter((c) => c.criterion === 'success_criterion' && c.successCriterion);
  if (!data) return null;
  const unmet = criteria.filter((c) => !c.met).length;
  return (
    <Box sx={{ mb: 2 }} data-testid="gate-rollout-criteria">
      <Typography variant="subtitle2" component="h3">{t('rollout_title')}</Typography>
      {criteria.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{t('none')}</Typography>
      ) : (
        <List dense disablePadding>
          {criteria.map(({ met, successCriterion: c }) => (
            <ListItem key={c!.id} disableGutters data-testid={`gate-criterion-${c!.id}`} data-met={met}>
              <ListItemIcon sx={{ minWidth: 32 }}>
                {met ? <CheckCircleIcon color="success" fontSize="small" titleAccess={t('met')} /> : <RadioButtonUncheckedIcon color="warning" fontSize="small" titleAccess={t('unmet')} />}
              </ListItemIcon>
              <ListItemText
                primary={`${c!.indicatorName}: ${t('threshold', { value: decimal(c!.value, locale), date: day(c!.byDate, locale) })} — ${met ? t('met') : t('unmet')}`}
                secondary={`${c!.judgement.figure === null ? t('no_figure') : t('figure', { figure: decimal(c!.judgement.figure, locale) })} ${translate('resources.indicators.evidence.short')} ${say(c!.judgement.evidence.label, locale)}${c!.changedAfterResults ? ` · ${t('changed_after_results')}` : ''}`}
              />
            </ListItem>
          ))}
        </List>
      )}
      {unmet > 0 && (
        <>
          <Alert severity="warning" sx={{ my: 1 }}>{t('override_intro', { smart_count: unmet })}</Alert>
          <FormControlLabel
            control={<Checkbox checked={override} onChange={(e) => onOverride(e.target.checked)} />}
            label={t('override')}
          />
          {errors.override && <FormHelperText error>{errors.override}</FormHelperText>}
          {override && (
            <MuiTextField
              label={t('override_rationale')} value={overrideRationale} onChange={(e) => onOverrideRationale(e.target.value)} multiline minRows={2}
              fullWidth margin="dense" required error={!!errors.overrideRationale} helperText={errors.overrideRationale ?? t('override_rationale_help')}
              slotProps={{ htmlInput: { 'data-testid': 'gate-override-rationale' } }}
            />
          )}
        </>
      )}
    </Box>
  );
}
