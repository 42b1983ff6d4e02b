import type {
  Aggregation, Direction, EvidenceDesign, EvidenceSource, IndicatorAspect, IndicatorKind, IndicatorUnit,
} from '@lab/domain';

// The demo lab's indicator library and the evidence behind its projects' figures: a few shared definitions
// that several projects adopt, so that they can be compared, and designs and sources that differ from
// project to project, so that the evidence levels do. Constant tables, like the rest of the demo.

export interface DefinitionSeed {
  key: string;
  name: string;
  definition: string;
  kind: IndicatorKind;
  aspect: IndicatorAspect;
  unit: IndicatorUnit;
  direction: Direction;
  aggregation: Aggregation;
  dataSource: string;
  /** The demo indicators (by key) that adopt it. */
  adoptedBy: readonly string[];
}

export const DEFINITIONS: readonly DefinitionSeed[] = [
  {
    key: 'betaald-werk', name: 'Deelnemers aan betaald werk',
    definition: 'Aantal deelnemers dat in het kwartaal start met betaald werk (een arbeidscontract of loondienst, ook met loonkostensubsidie). '
      + 'Elke deelnemer telt één keer, in het kwartaal van de start.',
    kind: 'outcome', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
    dataSource: 'Deelnemersregistratie van het project, getoetst aan de registratie van WPI',
    adoptedBy: ['mw01-betaald-werk', 'mw05-duurzaam-werk'],
  },
  {
    key: 'participatiestap', name: 'Deelnemers die een participatiestap zetten',
    definition: 'Aantal deelnemers dat in het kwartaal een stap zet op de participatieladder: van thuis naar dagbesteding, '
      + 'vrijwilligerswerk, een leerwerkplek of werk. Elke stap telt één keer.',
    kind: 'outcome', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
    dataSource: 'Registratie van het project, met de datum van de stap',
    adoptedBy: ['mw02-participatiestap', 'mw10-vrijwilligerswerk', 'mw13-leerwerkplek'],
  },
  {
    key: 'gestart', name: 'Deelnemers gestart op een plek',
    definition: 'Aantal deelnemers dat in het kwartaal begint op een plek die het project biedt (werkervaringsplek, buurtkamer, sportvereniging).',
    kind: 'output', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
    dataSource: 'Presentie- of deelnemersregistratie van het project (aantallen, geen namen)',
    adoptedBy: ['mw01-werkervaringsplekken', 'mw04-nieuwe-deelnemers', 'mw14-plekken'],
  },
  {
    key: 'nog-actief', name: 'Aandeel deelnemers dat na verloop van tijd nog meedoet',
    definition: 'Percentage van de deelnemers die een half jaar of langer geleden begonnen en nu nog werken, actief zijn of zonder uitval verder zijn.',
    kind: 'outcome', aspect: 'sustainability', unit: 'percent', direction: 'increase', aggregation: 'latest',
    dataSource: 'Navraag bij de deelnemers door het project, steekproef door de Kenniswerkplaats',
    adoptedBy: ['mw01-behoud-werk', 'mw04-actief-na-6-maanden', 'mw06-zonder-terugval'],
  },
  {
    key: 'ervaren-regie', name: 'Ervaren regie over het eigen leven',
    definition: 'Gemiddelde score (1–10) op de korte vragenlijst eigen regie, afgenomen bij de start en elk kwartaal daarna.',
    kind: 'outcome', aspect: 'effectiveness', unit: 'score', direction: 'increase', aggregation: 'average',
    dataSource: 'Vragenlijst Kenniswerkplaats Participatie en Zorg',
    adoptedBy: ['mw02-regie'],
  },
];

export interface EvidenceSeed {
  design: EvidenceDesign;
  source: EvidenceSource;
  validatedBy?: string;
  /** People measured per quarter, set on every measurement of the indicator. */
  peopleMeasured?: number;
}

/** By indicator key; an indicator not listed has no design and no recorded source (level 1 or 2). */
export const EVIDENCE: Readonly<Record<string, EvidenceSeed>> = {
  'mw01-betaald-werk': { design: 'comparison_group', source: 'register', validatedBy: 'WPI, afdeling Onderzoek', peopleMeasured: 64 },
  'mw05-duurzaam-werk': { design: 'randomised', source: 'register', validatedBy: 'Hogeschool van Amsterdam, lectoraat Participatie', peopleMeasured: 80 },
  'mw02-participatiestap': { design: 'before_after', source: 'observation', peopleMeasured: 35 },
  'mw10-vrijwilligerswerk': { design: 'none', source: 'register' },
  'mw13-leerwerkplek': { design: 'before_after', source: 'register', peopleMeasured: 12 },
  'mw01-werkervaringsplekken': { design: 'none', source: 'register' },
  'mw04-nieuwe-deelnemers': { design: 'none', source: 'observation' },
  'mw14-plekken': { design: 'none', source: 'register' },
  'mw01-behoud-werk': { design: 'before_after', source: 'survey', peopleMeasured: 40 },
  'mw04-actief-na-6-maanden': { design: 'before_after', source: 'self_report', peopleMeasured: 26 },
  'mw06-zonder-terugval': { design: 'comparison_group', source: 'observation', validatedBy: 'Kenniswerkplaats Participatie en Zorg', peopleMeasured: 30 },
  'mw02-regie': { design: 'before_after', source: 'survey', peopleMeasured: 45 },
  'mw08-overbelast': { design: 'comparison_group', source: 'self_report', peopleMeasured: 25 },
  'mw03-doorlooptijd': { design: 'none', source: 'register' },
  'mw05-werkplekken': { design: 'none', source: 'register' },
};

/** The demo lab's second dimension: age bands of the participants (stadsdeel comes from the districts). */
export const DOELGROEP = {
  key: 'doelgroep', name: 'Doelgroep (leeftijd)', description: 'De leeftijd van de deelnemers bij de start.',
  values: [{ code: 'jong', label: '18–26 jaar' }, { code: 'midden', label: '27–49 jaar' }, { code: 'ouder', label: '50 jaar en ouder' }],
} as const;

/**
 * Breakdowns of demo counts: per indicator the dimensions it is broken down by and the weight of each value,
 * from which every quarter's parts are worked out so that they add up to its value. The weights put most
 * people in the districts a project works in and a few elsewhere, so that cells below the lab's threshold of 5
 * occur, as they do in practice.
 */
export const BREAKDOWNS: Readonly<Record<string, Partial<Record<'stadsdeel' | 'doelgroep', Readonly<Record<string, number>>>>>> = {
  'mw01-betaald-werk': { stadsdeel: { 'nieuw-west': 6, west: 3, zuid: 1 }, doelgroep: { jong: 2, midden: 5, ouder: 1 } },
  'mw02-participatiestap': { stadsdeel: { noord: 5, oost: 2, zuidoost: 1 } },
  'mw04-nieuwe-deelnemers': { doelgroep: { jong: 1, midden: 3, ouder: 4 } },
  'mw14-plekken': { stadsdeel: { zuidoost: 7, oost: 2, centrum: 1 }, doelgroep: { jong: 5, midden: 3, ouder: 1 } },
};

/** A whole count split by weights so that the parts add up exactly (largest remainder); every value of the dimension present. */
export function splitCount(value: number, weights: Readonly<Record<string, number>>, codes: readonly string[]): Record<string, number> {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  const exact = codes.map((c) => ({ c, x: (value * (weights[c] ?? 0)) / total }));
  const parts = Object.fromEntries(exact.map(({ c, x }) => [c, Math.floor(x)]));
  let left = value - Object.values(parts).reduce((a, b) => a + b, 0);
  for (const { c } of [...exact].sort((a, b) => (b.x - Math.floor(b.x)) - (a.x - Math.floor(a.x)) || a.c.localeCompare(b.c))) {
    if (left-- <= 0) break;
    parts[c]! += 1;
  }
  return parts;
}
