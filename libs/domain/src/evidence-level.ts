// How strong the evidence behind an indicator's figures is, on a five-step ladder modelled on the Dutch
// "effectladder" for social interventions (Movisie, NJi): from "goed beschreven" to "sterke aanwijzingen
// voor effectiviteit". The rule is pure: the API derives the level on every indicator read, the dashboard
// shows it in words beside the figures, and a later comparison across projects can rank by it.

/** The design behind an indicator's figures, from weakest to strongest. */
export const EVIDENCE_DESIGNS = ['none', 'before_after', 'comparison_group', 'randomised'] as const;
export type EvidenceDesign = (typeof EVIDENCE_DESIGNS)[number];

/** Where the figures come from. */
export const EVIDENCE_SOURCES = ['register', 'survey', 'self_report', 'observation'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

export const EVIDENCE_LEVELS = [1, 2, 3, 4, 5] as const;
export type EvidenceLevelNumber = (typeof EVIDENCE_LEVELS)[number];

/** A text in both languages of the product: Dutch first, English available. */
export interface Words {
  nl: string;
  en: string;
}

/** The facts the rule looks at. */
export interface EvidenceFacts {
  design: EvidenceDesign | null | undefined;
  source: EvidenceSource | null | undefined;
  /** Who validates the figures (free text); set and not blank counts as validated. */
  validatedBy: string | null | undefined;
  /** People measured in the latest approved quarter; unknown when not recorded. */
  peopleMeasured: number | null | undefined;
  /** How many quarters of the indicator have an approved measurement. */
  approvedQuarters: number;
}

/** One thing a step of the ladder asks for. */
export type EvidenceRequirement =
  | { kind: 'source' }
  | { kind: 'approved_quarters'; atLeast: number }
  | { kind: 'design'; atLeast: EvidenceDesign }
  | { kind: 'people_measured'; atLeast: number }
  | { kind: 'not_only_self_report' }
  | { kind: 'validated' };

/**
 * The ladder as a row table: each level asks for everything on its row, and an indicator stands on the
 * highest level whose row, and every row below it, holds. Level 1 asks nothing: an indicator is defined.
 *
 * | level | name (nl)                                   | design at least  | approved quarters | people measured (latest quarter) | source                                  | validated |
 * |-------|---------------------------------------------|------------------|-------------------|----------------------------------|-----------------------------------------|-----------|
 * | 1     | goed beschreven                             | –                | –                 | –                                | –                                       | –         |
 * | 2     | goed onderbouwd                             | none             | ≥ 1               | –                                | recorded                                | –         |
 * | 3     | eerste aanwijzingen voor effectiviteit      | before_after     | ≥ 2               | –                                | recorded                                | –         |
 * | 4     | goede aanwijzingen voor effectiviteit       | comparison_group | ≥ 4               | ≥ 20                             | not self-report alone, unless validated | –         |
 * | 5     | sterke aanwijzingen voor effectiviteit      | randomised       | ≥ 4               | ≥ 50                             | not self-report                         | yes       |
 *
 * Why: a figure without a stated source only describes (1); approved figures from a known source support
 * the approach's logic (2); a before and an after measurement give first signs of an effect (3); a
 * comparison group over a year, with enough people and a source that is more than the participants' own
 * word, gives good signs (4); only a randomised design, validated by someone else, gives strong signs (5).
 */
export const EVIDENCE_LADDER: readonly { level: EvidenceLevelNumber; name: Words; requires: readonly EvidenceRequirement[] }[] = [
  { level: 1, name: { nl: 'goed beschreven', en: 'well described' }, requires: [] },
  {
    level: 2, name: { nl: 'goed onderbouwd', en: 'well founded' },
    requires: [{ kind: 'source' }, { kind: 'approved_quarters', atLeast: 1 }],
  },
  {
    level: 3, name: { nl: 'eerste aanwijzingen voor effectiviteit', en: 'first indications of effectiveness' },
    requires: [{ kind: 'design', atLeast: 'before_after' }, { kind: 'approved_quarters', atLeast: 2 }],
  },
  {
    level: 4, name: { nl: 'goede aanwijzingen voor effectiviteit', en: 'good indications of effectiveness' },
    requires: [
      { kind: 'design', atLeast: 'comparison_group' }, { kind: 'approved_quarters', atLeast: 4 },
      { kind: 'people_measured', atLeast: 20 }, { kind: 'not_only_self_report' },
    ],
  },
  {
    level: 5, name: { nl: 'sterke aanwijzingen voor effectiviteit', en: 'strong indications of effectiveness' },
    requires: [
      { kind: 'design', atLeast: 'randomised' }, { kind: 'people_measured', atLeast: 50 }, { kind: 'validated' },
    ],
  },
];

/** A level with what it rests on and what the next step would take, in both languages. */
export interface EvidenceLevel {
  level: EvidenceLevelNumber;
  /** "3 – eerste aanwijzingen voor effectiviteit". */
  label: Words;
  /** What the level rests on, in a sentence. */
  explanation: Words;
  /** What the next level asks for that is missing now; null on level 5. */
  next: Words | null;
  /** The same, as codes. */
  missing: EvidenceRequirement[];
}

export const DESIGN_WORDS: Record<EvidenceDesign, Words> = {
  none: { nl: 'geen opzet (alleen metingen)', en: 'no design (measurements only)' },
  before_after: { nl: 'voor- en nameting', en: 'before and after measurement' },
  comparison_group: { nl: 'vergelijkingsgroep', en: 'comparison group' },
  randomised: { nl: 'gerandomiseerd (loting)', en: 'randomised' },
};

export const SOURCE_WORDS: Record<EvidenceSource, Words> = {
  register: { nl: 'registratie', en: 'register' },
  survey: { nl: 'enquête', en: 'survey' },
  self_report: { nl: 'zelfrapportage', en: 'self-report' },
  observation: { nl: 'observatie', en: 'observation' },
};

const isValidated = (f: EvidenceFacts) => typeof f.validatedBy === 'string' && f.validatedBy.trim() !== '';
const designRank = (d: EvidenceDesign | null | undefined) => EVIDENCE_DESIGNS.indexOf(d ?? 'none');

function holds(r: EvidenceRequirement, f: EvidenceFacts): boolean {
  switch (r.kind) {
    case 'source': return f.source != null;
    case 'approved_quarters': return f.approvedQuarters >= r.atLeast;
    case 'design': return designRank(f.design) >= designRank(r.atLeast);
    case 'people_measured': return f.peopleMeasured != null && f.peopleMeasured >= r.atLeast;
    case 'not_only_self_report': return f.source != null && (f.source !== 'self_report' || isValidated(f));
    case 'validated': return isValidated(f) && f.source != null && f.source !== 'self_report';
  }
}

function requirementWords(r: EvidenceRequirement, f: EvidenceFacts): Words {
  switch (r.kind) {
    case 'source': return { nl: 'de bron van de cijfers vastgelegd', en: 'the source of the figures recorded' };
    case 'approved_quarters':
      return {
        nl: `minstens ${r.atLeast} goedgekeurde ${r.atLeast === 1 ? 'kwartaal' : 'kwartalen'} (nu ${f.approvedQuarters})`,
        en: `at least ${r.atLeast} approved ${r.atLeast === 1 ? 'quarter' : 'quarters'} (now ${f.approvedQuarters})`,
      };
    case 'design':
      return { nl: `een opzet met ${DESIGN_WORDS[r.atLeast].nl} of sterker`, en: `a design with ${DESIGN_WORDS[r.atLeast].en} or stronger` };
    case 'people_measured':
      return {
        nl: `minstens ${r.atLeast} gemeten personen in het laatste goedgekeurde kwartaal (nu ${f.peopleMeasured ?? 'onbekend'})`,
        en: `at least ${r.atLeast} people measured in the latest approved quarter (now ${f.peopleMeasured ?? 'unknown'})`,
      };
    case 'not_only_self_report':
      return { nl: 'een bron die meer is dan zelfrapportage, of een validatie daarvan', en: 'a source beyond self-report, or its validation' };
    case 'validated':
      return { nl: 'validatie door een onafhankelijke partij, op een bron die geen zelfrapportage is', en: 'validation by an independent party, of a source other than self-report' };
  }
}

/** What the figures rest on, as a list of short phrases. */
function basis(f: EvidenceFacts): Words[] {
  const parts: Words[] = [DESIGN_WORDS[f.design ?? 'none']];
  parts.push(f.source ? { nl: `bron: ${SOURCE_WORDS[f.source].nl}`, en: `source: ${SOURCE_WORDS[f.source].en}` } : { nl: 'bron niet vastgelegd', en: 'source not recorded' });
  parts.push({
    nl: `${f.approvedQuarters} goedgekeurde ${f.approvedQuarters === 1 ? 'kwartaal' : 'kwartalen'}`,
    en: `${f.approvedQuarters} approved ${f.approvedQuarters === 1 ? 'quarter' : 'quarters'}`,
  });
  parts.push(f.peopleMeasured != null
    ? { nl: `${f.peopleMeasured} gemeten personen`, en: `${f.peopleMeasured} people measured` }
    : { nl: 'aantal gemeten personen onbekend', en: 'people measured unknown' });
  parts.push(isValidated(f)
    ? { nl: `gevalideerd door ${f.validatedBy!.trim()}`, en: `validated by ${f.validatedBy!.trim()}` }
    : { nl: 'niet gevalideerd', en: 'not validated' });
  return parts;
}

const join = (parts: Words[], sep = ', '): Words => ({ nl: parts.map((p) => p.nl).join(sep), en: parts.map((p) => p.en).join(sep) });

/** The evidence level of an indicator's figures, with the explanation in words beside it. */
export function evidenceLevel(facts: EvidenceFacts): EvidenceLevel {
  let reached = EVIDENCE_LADDER[0];
  let nextRow: (typeof EVIDENCE_LADDER)[number] | null = null;
  for (const row of EVIDENCE_LADDER.slice(1)) {
    if (!row.requires.every((r) => holds(r, facts))) {
      nextRow = row;
      break;
    }
    reached = row;
  }
  const missing = nextRow ? nextRow.requires.filter((r) => !holds(r, facts)) : [];
  const label = { nl: `${reached.level} – ${reached.name.nl}`, en: `${reached.level} – ${reached.name.en}` };
  const rests = join(basis(facts));
  const explanation = {
    nl: `Niveau ${reached.level} van 5, ${reached.name.nl}: ${rests.nl}.`,
    en: `Level ${reached.level} of 5, ${reached.name.en}: ${rests.en}.`,
  };
  const needs = join(missing.map((r) => requirementWords(r, facts)), '; ');
  const next = nextRow
    ? { nl: `Voor niveau ${nextRow.level} (${nextRow.name.nl}) nodig: ${needs.nl}.`, en: `For level ${nextRow.level} (${nextRow.name.en}) it takes: ${needs.en}.` }
    : null;
  return { level: reached.level, label, explanation, next, missing };
}

/** `evidence` on an indicator as the API answers it: the level, its words, and the facts counted from its measurements. */
export interface IndicatorEvidence extends EvidenceLevel {
  approvedQuarters: number;
  peopleMeasured: number | null;
}
