import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer } from 'react';
import { HttpError, useNotify, useTranslate } from 'react-admin';
import type { Health, QuarterEntry } from '@lab/domain';
import { quarterKey, reopenStatusUpdate, saveQuarter } from './api';
import { refusalOf as stepRefusal } from '../reviews/api';
import { errorsOf, initialQuarterForm, payloadOf, quarterFormReducer, refusalOf, type RefusalBody } from './quarter-form';
import type { RowDraft } from './validation';

/**
 * The quarterly entry's form: the drafts per indicator and the status update, their errors, and saving them
 * as drafts or submitting them. It starts from the saved quarter, and again after every save (the API answers
 * the saved quarter). The rules are the pure functions of quarter-form.ts.
 */
export function useQuarterForm(projectId: string, period: string, sheet: QuarterEntry | undefined) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(quarterFormReducer, initialQuarterForm);

  useEffect(() => {
    if (sheet) dispatch({ type: 'load', sheet });
  }, [sheet]);

  const save = async (submit: boolean) => {
    if (!sheet) return;
    const found = errorsOf(sheet, state, submit);
    const count = Object.keys(found).length;
    if (count > 0) {
      const errors = Object.fromEntries(Object.entries(found).map(([field, key]) => [field, translate(key)]));
      dispatch({ type: 'invalid', errors, message: translate('quarters.validation.fix', { smart_count: count }) });
      return;
    }
    const input = payloadOf(sheet, state, submit);
    dispatch({ type: 'saving', submit });
    try {
      const saved = await saveQuarter(projectId, period, input);
      queryClient.setQueryData(quarterKey(projectId, period), saved);
      // The calendar, the queues and the counts on the home page follow.
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'quarter' });
      notify(submit ? 'quarters.submitted' : 'quarters.saved', { type: 'success', messageArgs: { period } });
      dispatch({ type: 'saved' });
    } catch (e) {
      const { errors, details } = refusalOf((e instanceof HttpError ? e.body : null) as RefusalBody | null, input);
      const message = (e as Error)?.message ?? 'ra.notification.http_error';
      dispatch({ type: 'refused', errors, message: translate(message, { _: message }), details });
    }
  };

  /** Reopens the submitted status update with a reason; answers the refusal in words, or null when it was reopened. */
  const reopen = async (reason: string): Promise<string | null> => {
    const update = sheet?.statusUpdate;
    if (!update) return null;
    try {
      await reopenStatusUpdate(update.id, reason, update.version);
      await queryClient.invalidateQueries({ queryKey: quarterKey(projectId, period) });
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'quarter' });
      notify('quarters.reopened', { type: 'success', messageArgs: { period } });
      return null;
    } catch (e) {
      const refusal = stepRefusal(e);
      return [refusal.message, ...refusal.unmet].join(' ');
    }
  };

  return {
    ...state,
    reopen,
    setRow: (indicatorId: number, patch: Partial<RowDraft>) => dispatch({ type: 'row', indicatorId, patch }),
    setHealth: (health: Health) => dispatch({ type: 'health', health }),
    setNarrative: (narrative: string) => dispatch({ type: 'narrative', narrative }),
    save,
  };
}
