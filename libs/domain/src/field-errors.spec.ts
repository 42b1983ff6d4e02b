import { FIELD_ERROR_CODES, fieldErrorCode, fieldErrorCodes, fieldErrorParams } from './field-errors';
import { RULE_WORDS } from './record-rules';
import { windowWords } from './spans';
import { definitionDivergence, definitionLabProblem } from './indicator-definitions';
import { sendingProblems } from './report-sending';
import { CLOSED_QUARTER_REASON_WORDS } from './closed-quarter';

// The API's own words for field errors, as its error sites write them, each with the code it travels with.
describe('fieldErrorCode', () => {
  it.each([
    ['personId', 'already in use', 'already_in_use', undefined],
    ['code', 'code is required', 'required', undefined],
    ['completedDate', 'is required', 'required', undefined],
    ['lab', 'is required: the id of a lab, e.g. 1', 'required', undefined],
    ['version', 'version is required: send the version of the record you read', 'version_required', undefined],
    ['version', 'is required: send the version of the record you read', 'version_required', undefined],
    ['personId', 'no people record with id 99', 'no_such_record', { resource: 'people', id: '99' }],
    ['indicatorId', 'no indicator with id 7', 'no_such_record', { resource: 'indicator', id: '7' }],
    ['role', 'role must be one of: lead, member, expert_by_experience, researcher', 'not_one_of', { values: 'lead, member, expert_by_experience, researcher' }],
    ['title', 'title must be shorter than or equal to 200 characters', 'too_long', { max: '200' }],
    ['title', 'title must be a string', 'not_text', undefined],
    ['ownerId', 'ownerId must be a record id (a whole number)', 'not_record_id', undefined],
    ['themeIds', 'themeIds must list record ids (whole numbers)', 'not_record_id', undefined],
    ['id', 'must be a positive whole number', 'not_record_id', undefined],
    ['ownerId', 'ownerId must not be less than 1', 'too_small', { min: '1' }],
    ['ownerId', 'ownerId must not be greater than 2147483647', 'too_large', { max: '2147483647' }],
    ['budgetCents', 'budgetCents must be a whole number of euro cents', 'not_cents', undefined],
    ['value', 'value must be a number with at most 4 decimals', 'not_number', { decimals: '4' }],
    ['dueDate', 'dueDate must be a date like 2016-07-01', 'not_date', undefined],
    ['period', 'period must be a quarter like 2016-Q3', 'not_quarter', undefined],
    ['dueDate', `dueDate ${windowWords('date', { from: '2006-12-02', to: '2036-12-02' })}`, 'outside_window', { from: '2006-12-02', to: '2036-12-02' }],
    ['evidenceUrl', 'evidenceUrl must be a web address starting with http:// or https://', 'not_url', undefined],
    ['email', 'email must be an e-mail address', 'not_email', undefined],
    ['code', 'code may hold letters, digits and dashes, like MW-01', 'not_project_code', undefined],
    ['extra', 'unknown field "extra": remove it', 'unknown_field', { name: 'extra' }],
    ['newPassword', 'newPassword must be at least 10 characters long', 'password_too_short', undefined],
    ['currentPassword', 'The current password is wrong.', 'current_password_wrong', undefined],
    ['phase', 'must be scenario, experiment or rollout', 'not_milestone_phase', undefined],
    ['body', 'is empty: write the comment', 'comment_empty', undefined],
    ['reason', CLOSED_QUARTER_REASON_WORDS, 'closed_quarter_reason', undefined],
    ['themeIds', 'each value in themeIds must not be less than 1', 'too_small', { min: '1' }],
    ['sort', 'cannot sort on "nope"; sortable fields are id, code', 'unknown_sort', { name: 'nope', fields: 'id, code' }],
    ['range', 'may span at most 1000 records', 'too_many_values', { max: '1000' }],
    ['range', 'must be two whole numbers [start, end] with 0 <= start <= end, like [0,24]', 'bad_shape', { example: '[0,24]' }],
    ['measurements.0.indicatorId', 'appears twice: one value per indicator and quarter', 'indicator_twice', undefined],
  ])('%s "%s" is %s', (field, message, code, params) => {
    expect(fieldErrorCode(field, message)).toEqual(params ? { code, params } : { code });
  });

  it('codes the words of the indicator library and of sending a report to the council, as their rules write them', () => {
    const definition = { name: 'Deelnemers aan het werk', unit: 'count', direction: 'increase', aggregation: 'sum' } as const;
    const frozenAt = new Date('2026-10-10T10:00:00Z');
    const now = new Date('2026-12-02T10:00:00Z');
    expect(fieldErrorCodes({ ...definitionDivergence(definition, { unit: 'percent' }), ...definitionLabProblem(1, 2, 'Wijkbereik') })).toEqual({
      unit: { code: 'follows_definition', params: { definition: 'Deelnemers aan het werk', value: 'count' } },
      definitionId: { code: 'definition_of_other_lab', params: { definition: 'Wijkbereik' } },
    });
    expect(fieldErrorCodes(sendingProblems('gisteren', frozenAt, now))).toEqual({ sentOn: { code: 'sent_not_date' } });
    expect(fieldErrorCodes(sendingProblems('2026-12-24', frozenAt, now))).toEqual({ sentOn: { code: 'sent_in_future', params: { today: '2026-12-02' } } });
    expect(fieldErrorCodes(sendingProblems('2026-10-01', frozenAt, now))).toEqual({ sentOn: { code: 'sent_before_freeze', params: { frozenOn: '2026-10-10' } } });
    expect(fieldErrorCode('kind', 'is required (unless the indicator adopts a definition, which sets it: definitionId)')).toEqual({ code: 'required' });
  });

  it('knows every record rule by its words', () => {
    for (const [rule, words] of Object.entries(RULE_WORDS)) expect(fieldErrorCode('value', words)).toEqual({ code: rule });
  });

  it('gives words it does not know no code, so that the client shows them as they came', () => {
    expect(fieldErrorCode('x', 'is something new')).toBeNull();
    expect(fieldErrorCodes({ a: 'already in use', b: 'is something new' })).toEqual({ a: { code: 'already_in_use' } });
    const proto = fieldErrorCodes(JSON.parse('{"__proto__": "unknown field \\"__proto__\\": remove it"}'));
    expect(Object.keys(proto)).toEqual(['__proto__']);
  });

  it('names the placeholders of each code', () => {
    expect(fieldErrorParams('too_long')).toEqual(['max']);
    expect(fieldErrorParams('already_in_use')).toEqual([]);
    expect(new Set(FIELD_ERROR_CODES).size).toBe(FIELD_ERROR_CODES.length);
  });
});
