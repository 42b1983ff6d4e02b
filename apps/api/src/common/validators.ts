import { applyDecorators, type Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  Allow, ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min,
  registerDecorator, type ValidationOptions,
} from 'class-validator';
import { dayOutside, dayWindow, isIsoDate, isQuarter, quarterOutside, quarterWindow, todayIso, windowWords } from '@lab/domain';
import { Transform } from 'class-transformer';
import { RECORD_READ_ONLY } from './resource';

const INT4_MAX = 2147483647;
/** 100 billion euro in cents: more than any budget, far below 2^53. */
export const MAX_CENTS = 10_000_000_000_000;

function custom(name: string, test: (v: unknown) => boolean, message: string | (() => string), options?: ValidationOptions): PropertyDecorator {
  return (object: object, propertyName: string | symbol) =>
    registerDecorator({ name, target: object.constructor, propertyName: String(propertyName), options: { message, ...options }, validator: { validate: test } });
}

/** Optional fields accept null (to clear them) or absence; required fields neither. */
const presence = (required: boolean) => (required ? IsNotEmpty({ message: '$property is required' }) : IsOptional());
const doc = (required: boolean, options: Record<string, unknown>) => (required ? ApiProperty(options) : ApiPropertyOptional({ nullable: true, ...options }));

export const Text = (max: number, required = false) =>
  applyDecorators(doc(required, { type: String, maxLength: max }), presence(required), IsString(), MaxLength(max));

export const Id = (required = false) =>
  applyDecorators(doc(required, { type: Number, minimum: 1 }), presence(required), IsInt({ message: '$property must be a record id (a whole number)' }), Min(1), Max(INT4_MAX));

export const IdArray = () =>
  applyDecorators(
    ApiPropertyOptional({ type: [Number] }), IsOptional(), IsArray(), ArrayMaxSize(100),
    IsInt({ each: true, message: '$property must list record ids (whole numbers)' }), Min(1, { each: true }), Max(INT4_MAX, { each: true }),
  );

export const OneOf = (values: readonly string[], required = false) =>
  applyDecorators(doc(required, { enum: values }), presence(required), IsIn(values as string[], { message: `$property must be one of: ${values.join(', ')}` }));

// Days and quarters also lie in the window of libs/domain's spans.ts, which moves with today: checked (and
// worded) at validation time, so that no record can stretch a report, a payments schedule or a calendar.
export const IsoDate = (required = false) =>
  applyDecorators(
    doc(required, { type: String, format: 'date', example: '2016-07-01' }), presence(required),
    custom('isIsoDate', isIsoDate, '$property must be a date like 2016-07-01'),
    custom('isDateInWindow', (v) => dayOutside(v, dayWindow(todayIso())) === null, () => `$property ${windowWords('date', dayWindow(todayIso()))}`),
  );

export const Quarter = (required = false) =>
  applyDecorators(
    doc(required, { type: String, example: '2016-Q3' }), presence(required),
    custom('isQuarter', isQuarter, '$property must be a quarter like 2016-Q3'),
    custom('isQuarterInWindow', (v) => quarterOutside(v, quarterWindow(todayIso())) === null, () => `$property ${windowWords('quarter', quarterWindow(todayIso()))}`),
  );

export const Cents = (required = false) =>
  applyDecorators(doc(required, { type: Number, minimum: 0, description: 'euro cents' }), presence(required), IsInt({ message: '$property must be a whole number of euro cents' }), Min(0), Max(MAX_CENTS));

export const Decimal = (required = false) =>
  applyDecorators(
    doc(required, { type: Number }), presence(required),
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 }, { message: '$property must be a number with at most 4 decimals' }),
    Min(-99_999_999_999), Max(99_999_999_999),
  );

export const WholeNumber = (min: number, max: number, required = false) =>
  applyDecorators(doc(required, { type: Number, minimum: min, maximum: max }), presence(required), IsInt(), Min(min), Max(max));

export const Url = (required = false) =>
  applyDecorators(
    Text(1000, required),
    custom('isHttpUrl', (v) => typeof v === 'string' && /^https?:\/\/[^\s]+$/i.test(v), '$property must be a web address starting with http:// or https://'),
  );

/**
 * A measurement's parts, `{dimension: {value: figure}}`: an object here; what it may hold is the indicator's
 * breakdown's to say (libs/domain breakdowns.ts), checked by the service with the indicator at hand.
 */
export const PartsField = () =>
  applyDecorators(
    ApiPropertyOptional({ type: Object, nullable: true, example: { stadsdeel: { centrum: 12, noord: 30 } } }), IsOptional(),
    custom('isPartsObject', (v) => typeof v === 'object' && v !== null && !Array.isArray(v), '$property must be an object of figures per dimension, like {"stadsdeel": {"centrum": 12, "noord": 30}}'),
  );

/** E-mail addresses are stored in lower case, so that one address cannot exist twice in different case. */
export const Email = (required = false) =>
  applyDecorators(Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)), Text(254, required), custom('isEmail', (v) => typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), '$property must be an e-mail address'));

/**
 * The DTO of a PUT: every field optional, `version` required, and the fields the API itself returns
 * (id, timestamps, derived and read-only fields) accepted so that react-admin can send the record back;
 * the service ignores them. Anything else is still refused.
 */
export function UpdateDto<T>(create: Type<T>, readOnly: readonly string[] = []): Type<Partial<T> & { version: number }> {
  class Update extends PartialType(create as Type<object>) {
    @ApiProperty({ type: Number, description: 'the version you read; a stale one answers 409' })
    @IsInt({ message: 'version is required: send the version of the record you read' })
    @Min(1)
    version: number;
  }
  for (const field of [...RECORD_READ_ONLY, ...readOnly].filter((f) => f !== 'version')) {
    Allow()(Update.prototype, field);
  }
  Object.defineProperty(Update, 'name', { value: `Update${create.name.replace(/^Create/, '')}` });
  return Update as Type<Partial<T> & { version: number }>;
}

/** Create DTOs also accept (and ignore) read-only fields, e.g. when react-admin clones a record. */
export function AcceptReadOnly<T>(create: Type<T>, readOnly: readonly string[] = []): Type<T> {
  // `version` too: a clone carries it. The update DTO inherits it as optional, so CrudService.update
  // itself refuses an update without a version.
  for (const field of [...RECORD_READ_ONLY, ...readOnly]) Allow()(create.prototype, field);
  return create;
}
