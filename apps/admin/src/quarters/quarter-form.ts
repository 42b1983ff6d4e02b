import type { ErrorBody, Health, QuarterEntry, QuarterInput } from '@lab/domain';
import { parseValue, partsError, partsOf, rowErrors, tallyParts, type RowDraft } from './validation';

/**
 * The state of the quarterly entry form as pure functions, so that it can be tested without a browser:
 * useQuarterForm wraps the reducer with React's useReducer and does the saving.
 */

/** Messages by input: `indicator-7.value`, `statusUpdate.narrative`. */
export type FieldErrors = Record<string, string>;

export const valueKey = (indicatorId: number) => `indicator-${indicatorId}.value`;
export const urlKey = (indicatorId: number) => `indicator-${indicatorId}.evidenceUrl`;
export const noteKey = (indicatorId: number) => `indicator-${indicatorId}.note`;
export const peopleKey = (indicatorId: number) => `indicator-${indicatorId}.peopleMeasured`;
export const partsKey = (indicatorId: number, dimension: string) => `indicator-${indicatorId}.parts.${dimension}`;
const HEALTH = 'statusUpdate.health';
const NARRATIVE = 'statusUpdate.narrative';

export const EMPTY_ROW: RowDraft = { value: '', note: '', evidenceUrl: '', peopleMeasured: '', parts: {} };

export interface QuarterFormState {
  /** What is typed per indicator, by indicator id. */
  rows: Record<number, RowDraft>;
  health: Health | '';
  narrative: string;
  errors: FieldErrors;
  /** What the alert above the form says: how many fields to fix, or the API's refusal with its reasons. */
  formError: { message: string; details: string[] } | null;
  saving: 'draft' | 'submit' | null;
}

export const initialQuarterForm: QuarterFormState = { rows: {}, health: '', narrative: '', errors: {}, formError: null, saving: null };

export type QuarterFormAction =
  /** The saved quarter arrived (at first, and again after every save). */
  | { type: 'load'; sheet: QuarterEntry }
  | { type: 'row'; indicatorId: number; patch: Partial<RowDraft> }
  | { type: 'health'; health: Health }
  | { type: 'narrative'; narrative: string }
  /** Checked here and found wanting: nothing is sent. */
  | { type: 'invalid'; errors: FieldErrors; message: string }
  | { type: 'saving'; submit: boolean }
  | { type: 'saved' }
  | { type: 'refused'; errors: FieldErrors; message: string; details: string[] };

const without = (errors: FieldErrors, keys: string[]): FieldErrors =>
  keys.some((k) => k in errors) ? Object.fromEntries(Object.entries(errors).filter(([k]) => !keys.includes(k))) : errors;

/** Typing in a field takes its error away; the form is checked again when it is saved. */
export function quarterFormReducer(state: QuarterFormState, action: QuarterFormAction): QuarterFormState {
  switch (action.type) {
    case 'load':
      return {
        ...state,
        rows: rowsOf(action.sheet),
        health: action.sheet.statusUpdate?.health ?? '',
        narrative: action.sheet.statusUpdate?.narrative ?? '',
      };
    case 'row': {
      const { indicatorId: id, patch } = action;
      return {
        ...state,
        rows: { ...state.rows, [id]: { ...(state.rows[id] ?? EMPTY_ROW), ...patch } },
        errors: without(state.errors, Object.entries(patch).flatMap(([field, v]) =>
          field === 'parts' ? Object.keys(v as RowDraft['parts']).map((key) => `indicator-${id}.parts.${key}`) : [`indicator-${id}.${field}`])),
      };
    }
    case 'health':
      return { ...state, health: action.health, errors: without(state.errors, [HEALTH]) };
    case 'narrative':
      // An empty narrative keeps its error: it is still missing.
      return { ...state, narrative: action.narrative, errors: action.narrative.trim() ? without(state.errors, [NARRATIVE]) : state.errors };
    case 'invalid':
      return { ...state, errors: action.errors, formError: { message: action.message, details: [] } };
    case 'saving':
      return { ...state, errors: {}, formError: null, saving: action.submit ? 'submit' : 'draft' };
    case 'saved':
      return { ...state, saving: null };
    case 'refused':
      return { ...state, errors: action.errors, formError: { message: action.message, details: action.details }, saving: null };
  }
}

/** The inputs as the saved quarter fills them; Dutch users read a decimal comma. */
export function rowsOf(sheet: QuarterEntry): Record<number, RowDraft> {
  return Object.fromEntries(
    sheet.indicators.map((i) => [
      i.id,
      {
        value: i.measurement ? decimal(i.measurement.value) : '', note: i.measurement?.note ?? '', evidenceUrl: i.measurement?.evidenceUrl ?? '',
        peopleMeasured: i.measurement?.peopleMeasured != null ? String(i.measurement.peopleMeasured) : '',
        parts: Object.fromEntries(Object.entries(i.measurement?.parts ?? {}).map(([key, cells]) => [key, Object.fromEntries(Object.entries(cells).map(([code, n]) => [code, decimal(n)]))])),
      },
    ]),
  );
}

const decimal = (n: number) => String(n).replace('.', ',');

/** Whether the status update as typed differs from the saved one (or none is saved yet). */
export function statusUpdateChanged(sheet: QuarterEntry, { health, narrative }: Pick<QuarterFormState, 'health' | 'narrative'>): boolean {
  return !sheet.statusUpdate || sheet.statusUpdate.health !== health || sheet.statusUpdate.narrative !== narrative;
}

/** Nothing is left to save or submit: every value is locked and the submitted status update is as it was. */
export function allSubmitted(sheet: QuarterEntry, form: Pick<QuarterFormState, 'health' | 'narrative'>): boolean {
  return sheet.indicators.every((i) => !i.editable) && !!sheet.statusUpdate?.submittedAt && !statusUpdateChanged(sheet, form);
}

/**
 * What is wrong before anything is sent, as message keys by input (the API checks the same). Submitting asks
 * for every editable value and the status update; a draft only for a status update that has been started.
 */
export function errorsOf(sheet: QuarterEntry, form: Pick<QuarterFormState, 'rows' | 'health' | 'narrative'>, submit: boolean): FieldErrors {
  const found: FieldErrors = {};
  for (const i of sheet.indicators.filter((indicator) => indicator.editable)) {
    const row = form.rows[i.id] ?? EMPTY_ROW;
    const e = rowErrors(row, i.unit, submit);
    if (e.value) found[valueKey(i.id)] = e.value;
    if (e.evidenceUrl) found[urlKey(i.id)] = e.evidenceUrl;
    if (e.peopleMeasured) found[peopleKey(i.id)] = e.peopleMeasured;
    for (const d of i.dimensions ?? []) {
      const problem = partsError(tallyParts(row, d, i.unit, i.aggregation));
      if (problem) found[partsKey(i.id, d.key)] = problem;
    }
  }
  const wantsUpdate = form.health !== '' || form.narrative.trim() !== '';
  if (submit || wantsUpdate) {
    if (!form.health) found[HEALTH] = 'quarters.validation.health';
    if (!form.narrative.trim()) found[NARRATIVE] = 'quarters.validation.narrative';
  }
  return found;
}

/**
 * What the PUT sends, for a form errorsOf found nothing wrong with: every editable value that is filled in,
 * and the status update when it changed.
 */
export function payloadOf(sheet: QuarterEntry, form: Pick<QuarterFormState, 'rows' | 'health' | 'narrative'>, submit: boolean): QuarterInput {
  const { rows, health } = form;
  const narrative = form.narrative.trim();
  const sent = sheet.indicators.filter((i) => i.editable && parseValue(rows[i.id]?.value ?? '') !== null);
  return {
    measurements: sent.map((i) => ({
      indicatorId: i.id,
      value: parseValue(rows[i.id].value) as number,
      note: rows[i.id].note.trim() || null,
      evidenceUrl: rows[i.id].evidenceUrl.trim() || null,
      peopleMeasured: parseValue(rows[i.id].peopleMeasured ?? ''),
      parts: partsOf(rows[i.id], i.dimensions ?? []),
    })),
    ...(health && narrative && statusUpdateChanged(sheet, form) ? { statusUpdate: { health, narrative } } : {}),
    ...(submit ? { submit: true } : {}),
  };
}

/** The body of the API's refusal (ErrorBody): field errors by path, and the unmet conditions of a step. */
export type RefusalBody = Pick<ErrorBody, 'errors' | 'unmet'>;

/**
 * The API's refusal of `input`, said beside the inputs it concerns (`measurements.2.value` is the value of the
 * third measurement sent); the rest, and any unmet conditions, as reasons above the form.
 */
export function refusalOf(body: RefusalBody | null | undefined, input: QuarterInput): { errors: FieldErrors; details: string[] } {
  const errors: FieldErrors = {};
  const other: string[] = [];
  for (const [field, message] of Object.entries(body?.errors ?? {})) {
    const m = /^measurements\.(\d+)\.(value|note|evidenceUrl|peopleMeasured|parts\.[^.]+)(?:\.[^.]+)?$/.exec(field);
    const indicatorId = m ? input.measurements[Number(m[1])]?.indicatorId : undefined;
    if (m && indicatorId !== undefined) errors[`indicator-${indicatorId}.${m[2]}`] = message;
    else if (field === HEALTH || field === NARRATIVE) errors[field] = message;
    // "statusUpdate is required to submit the quarter": said beside the narrative, where the user writes it.
    else if (field === 'statusUpdate') errors[NARRATIVE] = message;
    else other.push(message);
  }
  return { errors, details: [...other, ...(body?.unmet ?? []).map((u) => u.message)] };
}

/** How many indicators have a value in each review status, and how many none yet (`missing`). */
export function statusCounts(sheet: QuarterEntry): Record<string, number> {
  return sheet.indicators.reduce<Record<string, number>>((acc, i) => {
    const s = i.measurement?.status ?? 'missing';
    acc[s] = (acc[s] ?? 0) + 1;
    return acc;
  }, {});
}
