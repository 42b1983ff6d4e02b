import { useId, useState, type ReactNode } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  Form, ResourceContextProvider, SaveButton, useCreate, useNotify, useRefresh, useTranslate, useUpdate, type RaRecord, type ValidateForm,
} from 'react-admin';
import type { ErrorBody } from '@lab/domain';

/** What a failed data-provider call carries: the API's message and, for 400, a message per field. */
interface MutationError {
  message?: string;
  body?: Partial<ErrorBody>;
}

/** The API's field errors of a failed mutation, in react-admin's submission-error shape. */
export function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  const errors = (error as MutationError | undefined)?.body?.errors;
  return errors && Object.keys(errors).length > 0 ? errors : undefined;
}

export interface DialogFormProps {
  open: boolean;
  onClose: () => void;
  /** Already translated. */
  title: string;
  /** The resource whose field labels the inputs use. */
  resource: string;
  record?: Partial<RaRecord>;
  /** Saves; throws the data provider's error when the API refuses. The dialog closes on success. */
  onSubmit: (values: Record<string, unknown>) => Promise<void>;
  validate?: ValidateForm;
  children: ReactNode;
}

/**
 * A small react-admin form in a dialog, so a project's milestones and measurements can be edited without
 * leaving the project. Field errors of the API appear beside the fields; anything else (a stale version,
 * a refused reference) above them, and the dialog stays open so nothing typed is lost.
 */
export function DialogForm({ open, onClose, title, resource, record, onSubmit, validate, children }: DialogFormProps) {
  const translate = useTranslate();
  const titleId = useId();
  const [error, setError] = useState<string | null>(null);

  const handleSubmit = async (values: Record<string, unknown>) => {
    setError(null);
    try {
      await onSubmit(values);
      onClose();
    } catch (e) {
      const message = (e as MutationError)?.message ?? 'ra.notification.http_error';
      setError(translate(message, { _: message }));
      return fieldErrorsOf(e);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <ResourceContextProvider value={resource}>
        <Form record={record} onSubmit={handleSubmit} validate={validate} mode="onChange" reValidateMode="onChange">
          <DialogTitle id={titleId}>{title}</DialogTitle>
          <DialogContent>
            {error && (
              <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                {error}
              </Alert>
            )}
            {children}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <SaveButton alwaysEnable />
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
}

/**
 * Saves a dialog's record: updates `existing` with its `version` (so a change made meanwhile is refused,
 * not overwritten) or creates a new one; then says so and refreshes the page behind the dialog.
 */
export function useSaveRecord(resource: string) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [create] = useCreate();
  const [update] = useUpdate();
  return async (existing: RaRecord | undefined, data: Record<string, unknown>) => {
    if (existing) {
      await update(
        resource,
        { id: existing.id, data: { ...data, version: existing.version }, previousData: existing },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
      notify('ra.notification.updated', { type: 'success', messageArgs: { smart_count: 1 } });
    } else {
      await create(resource, { data }, { returnPromise: true });
      notify('ra.notification.created', { type: 'success', messageArgs: { smart_count: 1 } });
    }
    refresh();
  };
}
