import type { ErrorBody, MeasurementComment, MeasurementRecord, ReviewAction } from '@lab/domain';
import { HttpError } from 'react-admin';
import { httpClient } from '../data-provider';
import { translate } from '../common/translator';

/**
 * `POST /api/measurements/:id/{submit|approve|return|reopen}`; `return` and `reopen` need a comment. A reopening's
 * comment is its reason too, which a closed quarter asks for (an administrator's correction, libs/domain closed-quarter.ts).
 */
export async function reviewMeasurement(id: number, action: ReviewAction, comment?: string): Promise<MeasurementRecord> {
  const text = comment?.trim();
  const body = text ? { comment: text, ...(action === 'reopen' ? { reason: text } : {}) } : {};
  const { json } = await httpClient(`/api/measurements/${id}/${action}`, { method: 'POST', body: JSON.stringify(body) });
  return json as MeasurementRecord;
}

export async function fetchComments(id: number): Promise<MeasurementComment[]> {
  const { json } = await httpClient(`/api/measurements/${id}/comments`);
  return json as MeasurementComment[];
}

export async function postComment(id: number, body: string): Promise<MeasurementComment> {
  const { json } = await httpClient(`/api/measurements/${id}/comments`, { method: 'POST', body: JSON.stringify({ body: body.trim() }) });
  return json as MeasurementComment;
}

/**
 * What to tell the user when the API refuses a step: every unmet criterion of a 422 in words (the API's own
 * sentences), or the one message (already a translation key or the API's text).
 */
export function refusalOf(error: unknown): { message: string; unmet: string[] } {
  if (error instanceof HttpError) {
    const body = (error.body ?? {}) as Partial<ErrorBody>;
    // The API words its criteria in English; the known ones are said in the user's language.
    const unmet = (body.unmet ?? []).map((u) => translate(`reviews.unmet.${u.criterion}`, { _: u.message }));
    return { message: translate(error.message, { _: error.message }), unmet };
  }
  const message = (error as Error)?.message ?? 'ra.notification.http_error';
  return { message: translate(message, { _: message }), unmet: [] };
}
