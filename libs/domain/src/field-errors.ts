import { RULE_WORDS, type Rule } from './record-rules';

// What the API says about one field is English for machines and logs; the dashboard speaks the user's
// language. So every field error also travels as a code (and the values it names), which the dashboard
// words itself. The codes are read from the API's own words, in one place, so that no error site can
// answer a field error the dashboard cannot translate without a test here noticing.

/** A field error's code beyond the record rules of RULE_WORDS, with the pattern of the API's words for it. */
const PATTERNS = {
  required: /^is required(?:: (?:the id of .+|a quarter such as 2016-Q3)| \(unless the indicator adopts a definition, which sets it: definitionId\))?$/,
  version_required: /^is required: send the version of the record you read$/,
  already_in_use: /^already in use$/,
  no_such_record: /^no (?<resource>.+?)(?: record)? with id (?<id>.+)$/,
  unknown_field: /^unknown field "(?<name>.*)": remove it$/,
  too_deep: /^nests deeper than (?<max>\d+) levels$/,
  not_text: /^must be a string$/,
  too_long: /^must be shorter than or equal to (?<max>\d+) characters$/,
  too_short: /^must be longer than or equal to (?<min>\d+) characters$/,
  not_record_id: /^must (?:be a record id \(a whole number\)|list record ids \(whole numbers\)|be (?:the id of .+: )?a positive whole number)$/,
  not_whole_number: /^must be (?:an integer number|a whole number)$/,
  not_cents: /^must be a whole number of euro cents$/,
  not_number: /^must be a number(?: with at most (?<decimals>\d+) decimals| conforming to the specified constraints)?$/,
  too_small: /^must not be less than (?<min>-?[\d.]+)$/,
  too_large: /^must not be greater than (?<max>-?[\d.]+)$/,
  not_one_of: /^must be one of:? (?<values>.+)$/,
  not_date: /^must be a date like 2016-07-01$/,
  not_quarter: /^must be a quarter (?:like|such as) 2016-Q3$/,
  outside_window: /^must be a (?:date|quarter) from (?<from>[\d-Q]+) to (?<to>[\d-Q]+)(?::.*)?$/,
  not_url: /^must be a web address starting with http:\/\/ or https:\/\/$/,
  not_email: /^must be an e-mail address$/,
  not_project_code: /^may hold letters, digits and dashes, like MW-01$/,
  not_boolean: /^must be (?:a boolean value|true or false)$/,
  not_list: /^must be (?:an array|a list of .+)$/,
  too_many: /^must contain no more than (?<max>\d+) elements$/,
  not_milestone_phase: /^must be scenario, experiment or rollout$/,
  target_set: /^is set; change it through a target revision/,
  outcome_contract_terms: /^an outcome contract needs an indicator, a price per unit and a maximum payment$/,
  indicator_of_other_project: /^must be an indicator of the agreement's own project$/,
  not_project_indicator: /^is not an indicator of project (?<project>.+)$/,
  indicator_twice: /^appears twice: one value per indicator and quarter$/,
  current_password_wrong: /^The current password is wrong\.$/,
  same_password: /^The new password is the current one; choose another\.$/,
  approved_reopen_first: /^is approved: reopen it first$/,
  comment_empty: /^is empty: write the comment$/,
  thread_full: /^cannot be added: this measurement's thread holds (?<max>\d+) remarks, the most one thread takes$/,
  closed_quarter_reason: /^is required in a closed quarter: say why the figure the council received changes$/,
  status_update_required: /^is required to submit the quarter: give the health and what happened this quarter$/,
  // The list query's parameters (sort, range, filter): what a hand-written address or another client gets wrong.
  not_json: /^is not valid JSON; expected something like (?<example>.+)$/,
  given_twice: /^must be given once, as JSON like (?<example>.+)$/,
  bad_shape: /^must be (?:a JSON object|a pair|two whole numbers \[start, end\] with 0 <= start <= end,) like (?<example>.+)$/,
  unknown_filter: /^cannot filter on "(?<name>.*)"; filterable fields are (?<fields>.+)$/,
  unknown_sort: /^cannot sort on "(?<name>.*)"; sortable fields are (?<fields>.+)$/,
  bad_order: /^order must be "ASC" or "DESC"$/,
  no_order: /^"(?<name>.+)" has no order; filter it by value instead$/,
  too_many_values: /^may (?:list|span) at most (?<max>\d+) (?:values|records)$/,
  filter_text_too_long: /^must be a text of at most (?<max>\d+) characters, without NUL characters$/,
  not_timestamp: /^must be a date and time like 2016-07-01T09:00:00Z$/,
  no_search: /^this resource has no text search$/,
  // The indicator library (indicator-definitions) and a report version's sending to the council.
  follows_definition: /^follows the definition '(?<definition>.+)' \((?<value>.+)\); leave it out or use that value$/,
  definition_of_other_lab: /^is the definition '(?<definition>.+)' of another lab: choose a definition of the project's own lab$/,
  sent_not_date: /^must be a date like 2026-12-01 \(the day the version went to the council\)$/,
  sent_in_future: /^lies in the future: give the day it was sent, at the latest today \((?<today>[\d-]+)\)$/,
  sent_before_freeze: /^lies before the version was frozen: give a day from (?<frozenOn>[\d-]+) on$/,
  // Breakdowns: a lab's dimensions, an indicator's and a measurement's parts (libs/domain breakdowns.ts).
  parts_sum_short: /^adds up to (?<total>-?[\d.]+), (?<difference>[\d.]+) less than the value (?<value>-?[\d.]+): the parts of a sum indicator add up to its value$/,
  parts_sum_over: /^adds up to (?<total>-?[\d.]+), (?<difference>[\d.]+) more than the value (?<value>-?[\d.]+): the parts of a sum indicator add up to its value$/,
  dimension_in_use: /^cannot change while (?<count>\d+) indicators? (?:is|are) broken down by this dimension$/,
  dimension_value_in_use: /^cannot drop (?<codes>.+): measurements carry figures for (?:it|them)$/,
  dimension_parts_in_use: /^cannot drop a dimension that (?<count>\d+) measurements? carry parts for$/,
  parts_missing: /^misses (?<codes>.+): give a figure for every value of (?<dimension>.+), 0 where there is none$/,
  parts_unknown_value: /^is not a value of (?<dimension>.+): its values are (?<codes>.+)$/,
  parts_unknown_dimension: /^is not a breakdown of this indicator: it is broken down by (?<dimensions>.+)$/,
  parts_without_breakdown: /^are given, but this indicator has no breakdown: leave parts out, or break the indicator down first \(dimensionIds\)$/,
  parts_not_object: /^must be an object of (?:figures per dimension|a figure per value of .+), like .+$/,
  part_not_count: /^must be a whole number, 0 or more \(a count\)$/,
  part_not_percent: /^must lie between 0 and 100 \(a percentage\)$/,
  dimension_code: /^must be lower-case letters, digits, - or _, starting with a letter, like nieuw-west or age_18_26$/,
  dimension_code_twice: /^appears twice: each value of a dimension has its own code$/,
  dimension_values_empty: /^values must list at least one value, like .+$/,
  dimension_twice: /^lists a dimension twice: name each dimension once$/,
  dimension_missing: /^refers to a dimension that does not exist \(id (?<ids>.+)\)$/,
  dimension_of_other_lab: /^lists (?<dimensions>.+) of another lab: choose the project's own lab's dimensions$/,
  too_many_dimensions: /^must list at most (?<max>\d+) dimensions$/,
  definition_not_in_lab: /^is not an indicator definition of lab (?<lab>\d+): choose one of the lab's own$/,
  // Success criteria fixed at the gate into the experiment, their revisions, and the override into rollout.
  hypothesis_required: /^is required for the go into the experiment: write what the project expects to change, and for whom$/,
  criteria_required: /^is required for the go into the experiment: a success threshold \(indicatorId, value, byDate\) for each outcome indicator$/,
  threshold_missing: /^misses a success threshold for the outcome indicator '(?<indicator>.+)' \(id (?<id>\d+)\): add one with its value and byDate$/,
  not_outcome_indicator: /^is not an outcome indicator: success criteria are fixed for outcome indicators only$/,
  criterion_twice: /^appears twice: one success criterion per indicator$/,
  criteria_only_into_experiment: /^can only be given with the go from scenario into the experiment; a fixed criterion changes through a revision$/,
  override_not_needed: /^can only be given with a go into rollout while success criteria are unmet$/,
  override_true: /^must be true to go into rollout against unmet success criteria with an overrideRationale$/,
  override_rationale_required: /^is required: (?<unmet>\d+) success criteri(?:on is|a are) unmet; explain why the project goes into rollout anyway$/,
  revision_unchanged: /^is unchanged: give a new value or a new byDate \(or both\) for the revision$/,
  criterion_fixed: /^is fixed at the gate; change it through a revision with a reason \(POST \/api\/success-criteria\/(?<id>\d+)\/revisions\)$/,
  // The quarter's spreadsheet import (libs/domain quarter-import.ts): the file itself.
  file_required: /^is required: upload the quarter's XLSX template as the form field "(?<field>.+)"$/,
  not_xlsx: /^is not an XLSX workbook: upload the template as downloaded \(Excel \.xlsx\), not a CSV or another file$/,
  file_too_large: /^is larger than (?<max>\d+) MB: upload the template as downloaded, which is far smaller$/,
  file_unexpected: /^must be one file, in the form field "(?<field>.+)", and nothing else$/,
  upload_unreadable: /^could not be read as a multipart upload: send the file as multipart\/form-data and try again$/,
  not_template: /^is not a quarter template of this tracker: download the template from the quarterly entry and fill that in$/,
  template_outdated: /^is an older template \(version (?<version>.+)\): download a new template \(version (?<current>\d+)\) and fill that in$/,
  template_newer: /^is a newer template \(version (?<version>\d+)\) than this tracker reads \(version (?<current>\d+)\): download the template here and fill that in$/,
  template_other_quarter: /^is the template of (?<quarter>.+), not of (?<expected>[\d-Q]+): download the template of [\d-Q]+$/,
  template_other_project: /^is the template of project (?<project>.+), not of (?<expected>.+): download this project's template$/,
  template_of_lab: /^is the template of a whole lab: import it at the lab, or download this project's template$/,
  template_of_project: /^is the template of one project: import it at the project, or download the lab's template$/,
  template_other_lab: /^is the template of another lab \(id (?<lab>.+)\): download this lab's template$/,
  template_project_not_in_lab: /^names project (?<project>\d+), which is not a project of this lab: download the lab's template again$/,
  template_sheet_missing: /^misses the sheet (?<sheet>.+): upload the template as downloaded, with all its sheets$/,
  cell_formula: /^holds a formula in sheet (?<sheet>.+), cell (?<cell>[A-Z]+\d+): type the value itself, not a formula, and upload again$/,
} as const;

/** Every code a field error of the API may carry: the record rules and the patterns above. */
export const FIELD_ERROR_CODES = [...(Object.keys(RULE_WORDS) as Rule[]), ...(Object.keys(PATTERNS) as (keyof typeof PATTERNS)[])];
export type FieldErrorCode = Rule | keyof typeof PATTERNS;

/** A field error as code and the values its words name (`{ max: '200' }`), for a translation's placeholders. */
export interface FieldErrorCoded {
  code: FieldErrorCode;
  params?: Record<string, string>;
}

/** The placeholders each code's translation may use: the named groups of its pattern. */
export function fieldErrorParams(code: FieldErrorCode): string[] {
  const pattern = (PATTERNS as Record<string, RegExp>)[code];
  return pattern ? [...pattern.source.matchAll(/\(\?<(\w+)>/g)].map((m) => m[1]) : [];
}

const RULE_BY_WORDS = new Map<string, Rule>(Object.entries(RULE_WORDS).map(([rule, words]) => [words, rule as Rule]));

/**
 * The code of one field's error, from the API's words. class-validator starts its own with the property
 * ("code is required"): that name is read past. Null for words this catalogue does not know.
 */
export function fieldErrorCode(field: string, message: string): FieldErrorCoded | null {
  const property = field.split('.').pop() ?? field;
  const candidates = [message];
  for (const prefix of [`${property} `, `each value in ${property} `]) {
    if (message.startsWith(prefix)) candidates.push(message.slice(prefix.length));
  }
  for (const text of candidates) {
    const rule = RULE_BY_WORDS.get(text);
    if (rule) return { code: rule };
    for (const [code, pattern] of Object.entries(PATTERNS)) {
      const m = pattern.exec(text);
      if (m) return m.groups ? { code: code as FieldErrorCode, params: { ...m.groups } } : { code: code as FieldErrorCode };
    }
  }
  return null;
}

/** The codes of every field error that has one: `{ field: { code, params } }`. */
export function fieldErrorCodes(errors: Record<string, string>): Record<string, FieldErrorCoded> {
  // Built from entries: a field named "__proto__" (a refused body key) must stay an own property.
  return Object.fromEntries(
    Object.entries(errors).flatMap(([field, message]) => {
      const coded = typeof message === 'string' ? fieldErrorCode(field, message) : null;
      return coded ? [[field, coded] as const] : [];
    }),
  );
}
