// What every refused or failed request answers. react-admin shows `message`, and `errors` beside the fields.
import type { UnmetCriterion } from '../errors';
import type { FieldErrorCoded } from '../field-errors';
import type { QuarterImportResult } from './quarters';

export interface ErrorBody {
  statusCode: number;
  /** The HTTP status in words ("Bad Request"). */
  error: string;
  /** The domain error code (`VALIDATION_FAILED`, `STALE_VERSION`, …); absent for what is not the domain's. */
  code?: string;
  message: string;
  /** Field → what to fix. */
  errors?: Record<string, string>;
  /** Field → the code of its error and the values it names, for clients that word errors themselves. */
  fieldCodes?: Record<string, FieldErrorCoded>;
  /** Every unmet criterion of a refused step. */
  unmet?: UnmetCriterion[];
  /** For a refused delete: how many records of each resource still refer to it. */
  dependents?: Record<string, number>;
  /** For a refused import: the rows as a dry run shows them (POST …/quarters/{quarter}/import). */
  import?: QuarterImportResult;
}
