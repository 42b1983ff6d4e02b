import GavelIcon from '@mui/icons-material/Gavel';
import {
  Alert, AlertTitle, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControl, FormControlLabel,
  FormHelperText, FormLabel, Radio, RadioGroup, Stack, TextField as MuiTextField, Typography,
} from '@mui/material';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { HttpError, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { allowedTargets, GATE_DECISIONS, type ErrorBody, type GateDecision, type Phase, type UnmetCriterion } from '@lab/domain';
import { GATE_ACTION, REOPEN_ACTION } from '../auth/access';
import { translatedFieldErrors } from '../common/field-errors';
import { httpClient } from '../data-provider';
import { ExperimentCriteriaFields, RolloutCriteria, criteriaBody, type ThresholdDraft } from './GateCriteria';

const API = '/api';

/**
 * The phase gate of a project: one button per phase a decision may lead to (the rule comes from
 * libs/domain, as in the API), each opening the decision dialog. Only the focus team and administrators
 * decide, and only an administrator reopens a stopped project: others see the phase, not the buttons.
 */
export function GateControls({ showPhase = true }: { showPhase?: boolean } = {}) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [target, setTarget] = useState<Phase | null>(null);
  const gate = useCanAccess({ resource: 'projects', action: GATE_ACTION, record });
  const reopen = useCanAccess({ resource: 'projects', action: REOPEN_ACTION, record });
  if (!record) return null;
  const from = record.phase as Phase;
  const mayDecide = !gate.isPending && gate.canAccess === true;
  const mayReopen = !reopen.isPending && reopen.canAccess === true;
  const possible = allowedTargets(from, { previousPhase: record.previousPhase ?? null });
  const targets = !mayDecide ? [] : from === 'stopped' ? possible.filter((to) => to === 'stopped' || mayReopen) : possible;
  const notAllowed =
    gate.isPending || reopen.isPending || possible.length === 0 ? null
    : !mayDecide ? 'auth.gate.not_allowed'
    : targets.length === 0 ? 'auth.gate.reopen_admin_only'
    : null;
  const phaseName = (p: Phase) => translate(`enums.phase.${p}`);
  const label = (to: Phase) =>
    from === 'stopped'
      ? translate('resources.projects.gate.button.reopen', { phase: phaseName(to) })
      : to === 'stopped'
        ? translate('resources.projects.gate.button.stop')
        : translate('resources.projects.gate.button.forward', { phase: phaseName(to) });

  return (
    <Box sx={{ mb: showPhase ? 3 : 0 }}>
      {showPhase && (
        <Typography variant="body1" sx={{ mb: 1 }}>
          {translate('resources.projects.gate.current')}: <strong>{phaseName(from)}</strong>
        </Typography>
      )}
      {notAllowed ? (
        <Typography variant="body2" color="text.secondary">{translate(notAllowed)}</Typography>
      ) : possible.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{translate('resources.projects.gate.none')}</Typography>
      ) : targets.length === 0 ? null : (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {targets.map((to) => (
            <Button
              key={to}
              variant={to === 'stopped' ? 'outlined' : 'contained'}
              color={to === 'stopped' ? 'error' : 'primary'}
              startIcon={<GavelIcon />}
              onClick={() => setTarget(to)}
            >
              {label(to)}
            </Button>
          ))}
        </Stack>
      )}
      {target && <GateDialog project={record} to={target} onClose={() => setTarget(null)} />}
    </Box>
  );
}

function requirementKey(from: Phase, to: Phase) {
  if (from === 'stopped') return 'reopen';
  return to;
}

interface GateError {
  unmet: UnmetCriterion[];
  message: string | null;
  fields: Record<string, string>;
}

function GateDialog({ project, to, onClose }: { project: RaRecord; to: Phase; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const alertRef = useRef<HTMLDivElement>(null);
  const from = project.phase as Phase;
  const [decision, setDecision] = useState<GateDecision>('go');
  const [rationale, setRationale] = useState('');
  const [conditions, setConditions] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<GateError | null>(null);
  // The go into the experiment fixes the hypothesis and a threshold per outcome indicator; the go into rollout
  // against unmet success criteria is an override with its own rationale.
  const fixesCriteria = decision === 'go' && from === 'scenario' && to === 'experiment';
  const judgesCriteria = decision === 'go' && from === 'experiment' && to === 'rollout';
  const [hypothesis, setHypothesis] = useState('');
  const [thresholds, setThresholds] = useState<Record<number, ThresholdDraft>>({});
  const [override, setOverride] = useState(false);
  const [overrideRationale, setOverrideRationale] = useState('');
  const phaseName = (p: Phase) => translate(`enums.phase.${p}`);

  // A refusal is announced (role="alert") and gets the focus, so it is neither missed nor hidden below the fold.
  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await httpClient(`${API}/projects/${project.id}/transition`, {
        method: 'POST',
        body: JSON.stringify({
          to, decision, rationale: rationale.trim() || null, conditions: conditions.trim() || null,
          ...(fixesCriteria ? { hypothesis: hypothesis.trim() || null, criteria: criteriaBody(thresholds) } : {}),
          ...(judgesCriteria && override ? { override: true, overrideRationale } : {}),
        }),
      });
      notify(decision === 'go' ? 'resources.projects.gate.done_go' : 'resources.projects.gate.done_no_go', {
        type: 'success',
        messageArgs: { phase: phaseName(decision === 'go' ? to : from) },
      });
      refresh();
      onClose();
    } catch (e) {
      const body = (e instanceof HttpError ? e.body : undefined) as Partial<ErrorBody> | undefined;
      const unmet = Array.isArray(body?.unmet) ? body.unmet : [];
      const message = e instanceof Error ? translate(e.message, { _: e.message }) : translate('ra.notification.http_error');
      setError({ unmet, message: unmet.length > 0 ? null : message, fields: translatedFieldErrors(body?.errors ?? {}, body?.fieldCodes) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={saving ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>
          {translate('resources.projects.gate.title', { from: phaseName(from), to: phaseName(to) })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1 }}>
            {translate('resources.projects.gate.intro', { from: phaseName(from), to: phaseName(to) })}
          </DialogContentText>
          <DialogContentText variant="body2" sx={{ mb: 2 }}>
            {translate(`resources.projects.gate.requirements.${requirementKey(from, to)}`)}
          </DialogContentText>
          {error && (
            <Alert severity="error" role="alert" ref={alertRef} tabIndex={-1} sx={{ mb: 2 }}>
              {error.unmet.length > 0 ? (
                <>
                  <AlertTitle>{translate('resources.projects.gate.unmet_title')}</AlertTitle>
                  <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                    {error.unmet.map((u) => (
                      <li key={u.criterion}>{translate(`resources.projects.gate.unmet.${u.criterion}`, { _: u.message })}</li>
                    ))}
                  </Box>
                </>
              ) : (
                error.message
              )}
            </Alert>
          )}
          <FormControl component="fieldset" sx={{ mb: 2 }}>
            <FormLabel component="legend">{translate('resources.projects.gate.decision')}</FormLabel>
            <RadioGroup row name="decision" value={decision} onChange={(e) => setDecision(e.target.value as GateDecision)}>
              {GATE_DECISIONS.map((d) => (
                <FormControlLabel key={d} value={d} control={<Radio />} label={translate(`enums.gate_decision.${d}`)} />
              ))}
            </RadioGroup>
            <FormHelperText>{translate(`resources.projects.gate.${decision}_help`)}</FormHelperText>
          </FormControl>
          {fixesCriteria && (
            <ExperimentCriteriaFields
              projectId={project.id as number} hypothesis={hypothesis} onHypothesis={setHypothesis}
              thresholds={thresholds} onThresholds={setThresholds} errors={error?.fields ?? {}}
            />
          )}
          {judgesCriteria && (
            <RolloutCriteria
              projectId={project.id as number} override={override} onOverride={setOverride}
              overrideRationale={overrideRationale} onOverrideRationale={setOverrideRationale} errors={error?.fields ?? {}}
            />
          )}
          <MuiTextField
            label={translate('resources.projects.gate.rationale')}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
            multiline
            minRows={3}
            fullWidth
            margin="dense"
            error={!!error?.fields.rationale || !!error?.unmet.some((u) => u.criterion === 'rationale')}
            helperText={error?.fields.rationale ?? translate('resources.projects.gate.rationale_help')}
          />
          <MuiTextField
            label={translate('resources.projects.gate.conditions')}
            value={conditions}
            onChange={(e) => setConditions(e.target.value)}
            multiline
            minRows={2}
            fullWidth
            margin="dense"
            error={!!error?.fields.conditions}
            helperText={error?.fields.conditions ?? translate('resources.projects.gate.conditions_help')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={saving}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving} startIcon={<GavelIcon />}>
            {translate('resources.projects.gate.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
