import type { Aggregation, Direction, IndicatorUnit } from './enums';

// A lab's indicator library: a shared definition that a project's indicator may adopt. An adopting
// indicator takes the definition's unit, direction and aggregation, so that projects can be compared; it
// keeps its own baseline and targets.

/** The fields an adopting indicator takes from its definition and may not set otherwise. */
export const DEFINITION_LOCKED_FIELDS = ['unit', 'direction', 'aggregation'] as const;
export type DefinitionLockedField = (typeof DEFINITION_LOCKED_FIELDS)[number];

export interface DefinitionTerms {
  name: string;
  unit: IndicatorUnit;
  direction: Direction;
  aggregation: Aggregation;
}

/** What an adopting indicator's locked fields are: the definition's. */
export function adoptedTerms(definition: DefinitionTerms): Pick<DefinitionTerms, DefinitionLockedField> {
  return { unit: definition.unit, direction: definition.direction, aggregation: definition.aggregation };
}

/**
 * The locked fields an indicator sends that differ from its definition's: field → what to fix. A field left
 * out (undefined) or sent as null takes the definition's value; sending that very value is fine too.
 */
export function definitionDivergence(definition: DefinitionTerms, sent: Partial<Record<DefinitionLockedField, unknown>>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of DEFINITION_LOCKED_FIELDS) {
    const value = sent[field];
    if (value === undefined || value === null || value === definition[field]) continue;
    problems[field] = `follows the definition '${definition.name}' (${definition[field]}); leave it out or use that value`;
  }
  return problems;
}

/** An indicator adopts only a definition of its own project's lab. */
export function definitionLabProblem(projectLabId: number, definitionLabId: number, definitionName: string): Record<string, string> {
  if (projectLabId === definitionLabId) return {};
  return { definitionId: `is the definition '${definitionName}' of another lab: choose a definition of the project's own lab` };
}

/**
 * A change of a definition's locked fields while indicators adopt it is refused (it would change what their
 * figures mean behind the teams' backs): field → why. Empty when nothing locked changes or nobody adopts it.
 */
export function definitionChangeProblems(
  before: Pick<DefinitionTerms, DefinitionLockedField>, after: Partial<Record<DefinitionLockedField, unknown>>, adoptedBy: number,
): Record<string, string> {
  if (adoptedBy === 0) return {};
  const problems: Record<string, string> = {};
  for (const field of DEFINITION_LOCKED_FIELDS) {
    const value = after[field];
    if (value === undefined || value === before[field]) continue;
    problems[field] = `cannot change while ${adoptedBy} ${adoptedBy === 1 ? 'indicator adopts' : 'indicators adopt'} this definition: `
      + 'make a new definition, or let those indicators leave this one first';
  }
  return problems;
}
