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
/** A threshold fixed at the go into the experiment; `revision`, when it was changed later, holds the earlier one. */
export interface ThresholdSeed {
  value: number;
  byDate: string;
  revision?: { oldValue: number; oldDate: string; reason: string; revisedOn: string };
}

/** What a project's go into the experiment fixed, and (for a go into rollout against unmet criteria) why it went on. */
export interface CriteriaSeed {
  hypothesis: string;
  /** By outcome indicator key: every outcome indicator of the project has one. */
  thresholds: Readonly<Record<string, ThresholdSeed>>;
  /** The rationale of a go into rollout decided against unmet criteria (the loader checks that they were unmet). */
  override?: string;
}

/**
 * The success criteria of every demo project past its scenario, by project code. They are judged as the gate
 * judged them: on the figures approved by the day of each decision. MW-02 went into rollout against one unmet
 * criterion, as an override; MW-04's threshold was lowered once results were in, and says so.
 */
export const SUCCESS_CRITERIA: Readonly<Record<string, CriteriaSeed>> = {
  'MW-01': {
    hypothesis: 'Met een werkervaringsplek en een vaste jobcoach stromen deelnemers met een grote afstand tot de arbeidsmarkt door naar betaald werk, en houden ze dat vast.',
    thresholds: {
      'mw01-betaald-werk': { value: 15, byDate: '2017-09-30' },
      'mw01-behoud-werk': { value: 50, byDate: '2017-09-30' },
    },
  },
  'MW-02': {
    hypothesis: 'Relationeel werken vanuit de buurtkamer helpt bewoners die thuis zitten een eerste participatiestap te zetten, en vergroot hun ervaren regie.',
    thresholds: {
      'mw02-participatiestap': { value: 40, byDate: '2017-12-31' },
      'mw02-regie': { value: 6, byDate: '2017-12-31' },
    },
    override: 'De participatiestappen blijven achter bij de drempel van 40 (30 goedgekeurd), maar de ervaren regie stijgt duidelijk en het stadsdeel '
      + 'zet de buurtkamers toch breder in. De drempel voor participatiestappen wordt in de uitrol opnieuw gemeten.',
  },
  'MW-03': {
    hypothesis: 'Eén loket voor Wmo-dagbesteding en werk maakt de wachtlijst korter, omdat verwijzers niet meer tussen twee stelsels schuiven.',
    thresholds: { 'mw03-wachtlijst': { value: 90, byDate: '2018-03-31' } },
  },
  'MW-04': {
    hypothesis: 'Deelnemers die via een sportvereniging instromen zijn na zes maanden vaker nog actief dan bij gewone dagbesteding.',
    thresholds: {
      'mw04-actief-na-6-maanden': {
        value: 50, byDate: '2018-06-30',
        revision: {
          oldValue: 55, oldDate: '2017-12-31', revisedOn: '2017-08-16',
          reason: 'De instroom begon een half jaar later dan gepland; drempel en datum schuiven mee, op voorstel van het projectteam.',
        },
      },
    },
  },
  'MW-05': {
    hypothesis: 'Werkgevers die een plek vrijhouden met begeleiding op de werkvloer plaatsen deelnemers duurzaam.',
    thresholds: { 'mw05-duurzaam-werk': { value: 20, byDate: '2017-12-31' } },
  },
  'MW-06': {
    hypothesis: 'Ervaringsdeskundigen als maatje voorkomen terugval na de overstap van dagbesteding naar vrijwilligerswerk.',
    thresholds: {
      'mw06-zonder-terugval': {
        value: 65, byDate: '2017-12-31',
        revision: {
          oldValue: 70, oldDate: '2017-12-31', revisedOn: '2016-08-24',
          reason: 'De nulmeting viel lager uit dan bij het plan aangenomen; de drempel is bijgesteld voordat er resultaten waren.',
        },
      },
    },
  },
  'MW-07': {
    hypothesis: 'Een gedeeld cliëntplan van zorg en werk bespaart deelnemers dubbele intakes en versnelt hun start.',
    thresholds: {},
  },
  'MW-08': {
    hypothesis: 'Respijtplekken in de wijk verlichten mantelzorgers van deelnemers, zodat minder van hen zich overbelast voelen.',
    thresholds: { 'mw08-overbelast': { value: 38, byDate: '2018-03-31' } },
  },
  'MW-09': {
    hypothesis: 'Een warme overdracht door de wijkcoach leidt vaker tot een vervolgafspraak bij werk of dagbesteding.',
    thresholds: { 'mw09-vervolgafspraak': { value: 40, byDate: '2017-12-31' } },
  },
};
