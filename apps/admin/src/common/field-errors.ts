import type { FieldErrorCoded } from '@lab/domain';
import { translate as currentTranslate, type Translate } from './translator';

/**
 * The API's field errors in the user's language: each one the API also answered with a code (`fieldCodes`)
 * is worded by the dashboard (`app.field_errors.<code>`); words without a code are shown as they came.
 */
export function translatedFieldErrors(
  errors: Record<string, string>,
  codes: Record<string, FieldErrorCoded> | undefined,
  translate: Translate = currentTranslate,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => {
      const coded = codes?.[field];
      return [field, coded ? translate(`app.field_errors.${coded.code}`, { ...coded.params, _: message }) : message];
    }),
  );
}
