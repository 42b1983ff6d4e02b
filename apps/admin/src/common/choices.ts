/**
 * Choices for a SelectInput / SelectField from an enum of libs/domain. The names are translation keys
 * (`enums.phase.scenario`), which react-admin translates.
 */
export function enumChoices(group: string, values: readonly string[]) {
  return values.map((id) => ({ id, name: `enums.${group}.${id}` }));
}
