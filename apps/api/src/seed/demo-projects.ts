import type {
  AgreementKind, AgreementStatus, Aggregation, Direction, DistrictCode, GateDecision, Health, IndicatorAspect,
  IndicatorKind, IndicatorUnit, LessonKind, MeasurementStatus, MembershipRole, MilestoneStatus, Phase,
} from '@lab/domain';
import type { OrganisationKey, PersonKey, ThemeKey } from './demo-catalogue';

// The 14 illustrative project plans of the demo lab, each with its whole history: team, milestones,
// indicators with their quarterly measurements, status updates and gate decisions. Amounts are euro cents.

export interface MilestoneSeed {
  title: string;
  description?: string;
  phase: Exclude<Phase, 'stopped'>;
  /** A fixed day, or (for the few open milestones) a day relative to the loader's `today`. */
  due: string | { daysFromToday: number };
  status: MilestoneStatus;
  completed?: string;
  owner: PersonKey;
}

export interface MeasurementSeries {
  /** First quarter measured; the values follow quarter by quarter. */
  from: string;
  values: number[];
  /** Statuses of the last quarters, oldest first; every earlier quarter is approved. */
  tail?: Exclude<MeasurementStatus, 'approved'>[];
  returnComment?: string;
  notes?: Record<string, string>;
}

export interface TargetRevisionSeed {
  oldValue: number;
  oldDate: string;
  newValue: number;
  newDate: string;
  effectiveFrom: string;
  reason: string;
  revisedOn: string;
}

export interface IndicatorSeed {
  /** Unique across the demo, so agreements can point at an indicator. */
  key: string;
  name: string;
  definition: string;
  kind: IndicatorKind;
  aspect: IndicatorAspect;
  unit: IndicatorUnit;
  direction: Direction;
  aggregation: Aggregation;
  baseline: { value: number; date: string } | null;
  /** The target in force now; an earlier one is described by `revision`. */
  target: { value: number; date: string } | null;
  dataSource: string;
  /** Where reviewed quarters' evidence lives; the period is appended. */
  evidenceBase?: string;
  measurements?: MeasurementSeries;
  revision?: TargetRevisionSeed;
}

export interface StatusUpdateSeed {
  period: string;
  health: Health;
  narrative: string;
}

export interface DecisionSeed {
  from: Phase;
  to: Phase;
  decision: GateDecision;
  decidedOn: string;
  rationale: string;
  conditions: string | null;
}

export interface ProjectSeed {
  code: string;
  title: string;
  summary: string;
  problem: string;
  targetGroup: string;
  phase: Phase;
  previousPhase: Phase | null;
  health: Health;
  startDate: string;
  plannedEndDate: string;
  budgetCents: number;
  leadOrganisation: OrganisationKey;
  themes: ThemeKey[];
  districts: DistrictCode[];
  team: { person: PersonKey; role: MembershipRole }[];
  milestones: MilestoneSeed[];
  indicators: IndicatorSeed[];
  statusUpdates: StatusUpdateSeed[];
  decisions: DecisionSeed[];
}

export interface AgreementSeed {
  project: string;
  organisation: OrganisationKey;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  signedDate: string | null;
  startDate: string | null;
  endDate: string | null;
  commitments: string;
  contributionCents: number | null;
  /** Outcome contracts only: pay per unit of approved outcome above baseline, up to a maximum. */
  outcome?: { indicator: string; pricePerUnitCents: number; maxPaymentCents: number };
}

export interface LessonSeed {
  project: string;
  kind: LessonKind;
  theme: ThemeKey;
  date: string;
  text: string;
}

const BASELINE_DAY = '2015-12-31';

export const PROJECTS: readonly ProjectSeed[] = [
  {
    code: 'MW-01',
    title: 'Werkplaats in de wijk: van dagbesteding naar betaald werk',
    summary:
      'Deelnemers aan dagbesteding werken in een wijkwerkplaats mee aan echte opdrachten van De Kringloopwerf. ' +
      'Wie een stap wil zetten, krijgt een werkervaringsplek en begeleiding naar betaald werk, zonder dat de ' +
      'vertrouwde dagbesteding wegvalt.',
    problem:
      'De overstap van dagbesteding naar werk is een sprong: de indicatie stopt zodra iemand gaat werken en bij ' +
      'terugval is er geen weg terug. Daardoor durven deelnemers en begeleiders de stap niet te zetten.',
    targetGroup:
      'Volwassenen in Wmo-dagbesteding in Noord en West met de wens en mogelijkheid om (deels) betaald te werken; ' +
      'naar schatting 150 mensen.',
    phase: 'rollout', previousPhase: null, health: 'on_track',
    startDate: '2016-01-11', plannedEndDate: '2019-12-31', budgetCents: 18_500_000,
    leadOrganisation: 'werkplaats', themes: ['zorgwerk', 'wmo'], districts: ['noord', 'west'],
    team: [
      { person: 'sanne', role: 'lead' },
      { person: 'ruud', role: 'member' },
      { person: 'esther', role: 'member' },
      { person: 'mohamed', role: 'expert_by_experience' },
      { person: 'ingrid', role: 'researcher' },
    ],
    milestones: [
      { title: 'Projectplan uitgewerkt en besproken met het focusteam', phase: 'scenario',
        due: '2016-01-29', status: 'done', completed: '2016-01-27', owner: 'sanne' },
      { title: 'Eerste tien werkervaringsplekken bij De Kringloopwerf', phase: 'experiment',
        due: '2016-06-30', status: 'done', completed: '2016-07-08', owner: 'ruud' },
      { title: 'Tussenevaluatie door de Kenniswerkplaats', phase: 'experiment',
        description: 'Interviews met deelnemers, begeleiders en werkgever; analyse van de eerste vijf kwartalen.',
        due: '2017-06-30', status: 'done', completed: '2017-07-14', owner: 'ingrid' },
      { title: 'Tweede wijkwerkplaats geopend in West', phase: 'rollout',
        due: '2018-03-31', status: 'done', completed: '2018-04-16', owner: 'sanne' },
      { title: 'Evaluatie opschaling met de stadsdelen Noord en West', phase: 'rollout',
        due: { daysFromToday: 12 }, status: 'planned', owner: 'esther' },
      { title: 'Werkwijze overdragen aan de reguliere Wmo-inkoop', phase: 'rollout',
        due: { daysFromToday: 75 }, status: 'planned', owner: 'sanne' },
    ],
    indicators: [
      {
        key: 'mw01-betaald-werk',
        name: 'Aantal deelnemers doorgestroomd naar betaald werk',
        definition: 'Deelnemers die in het kwartaal een arbeidsovereenkomst van minimaal 12 uur per week zijn ' +
          'aangegaan; per kwartaal nieuw, dus optellen over de looptijd.',
        kind: 'outcome', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: BASELINE_DAY }, target: { value: 45, date: '2018-12-31' },
        dataSource: 'Deelnemersregistratie De Werkplaats, getoetst aan loonstroken (geanonimiseerd)',
        evidenceBase: 'https://example.org/de-werkplaats/rapportage/doorstroom',
        measurements: {
          from: '2016-Q1', values: [0, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6], tail: ['submitted'],
          notes: { '2016-Q1': 'Eerste kwartaal: werving en opstart, nog geen plaatsingen verwacht.' },
        },
        revision: {
          oldValue: 30, oldDate: '2017-12-31', newValue: 45, newDate: '2018-12-31', effectiveFrom: '2018-Q1',
          reason: 'Bij de go voor opschaling naar West is de looptijd met een jaar verlengd; de streefwaarde ' +
            'stijgt mee met de tweede wijkwerkplaats.',
          revisedOn: '2017-11-22',
        },
      },
      {
        key: 'mw01-werkervaringsplekken',
        name: 'Aantal deelnemers gestart op een werkervaringsplek',
        definition: 'Deelnemers die in het kwartaal zijn begonnen aan een werkervaringsplek in de wijkwerkplaats.',
        kind: 'output', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: BASELINE_DAY }, target: { value: 120, date: '2018-12-31' },
        dataSource: 'Deelnemersregistratie De Werkplaats',
        measurements: { from: '2016-Q1', values: [6, 8, 9, 10, 10, 11, 12, 11, 12, 12, 11, 12], tail: ['submitted'] },
      },
      {
        key: 'mw01-behoud-werk',
        name: 'Aandeel doorgestroomde deelnemers dat na 12 maanden nog werkt',
        definition: 'Percentage van de deelnemers die twaalf maanden eerder zijn doorgestroomd en nog een ' +
          'arbeidsovereenkomst hebben.',
        kind: 'outcome', aspect: 'sustainability', unit: 'percent', direction: 'increase', aggregation: 'latest',
        baseline: { value: 40, date: BASELINE_DAY }, target: { value: 70, date: '2018-12-31' },
        dataSource: 'Nazorgcontacten De Werkplaats en De Kringloopwerf',
        measurements: { from: '2017-Q1', values: [48, 52, 55, 58, 61, 63, 66, 68], tail: ['draft'] },
      },
    ],
    statusUpdates: [
      { period: '2017-Q2', health: 'at_risk',
        narrative: 'Veel deelnemers op een werkervaringsplek, maar de doorstroom naar betaald werk blijft achter. ' +
          'De tussenevaluatie laat zien dat begeleiders onzeker zijn over terugval; we maken een terugvalafspraak.' },
      { period: '2017-Q3', health: 'on_track',
        narrative: 'Met de terugvalafspraak (deelnemers houden een half jaar recht op dagbesteding) zijn vier ' +
          'mensen doorgestroomd. We vragen in november de go voor opschaling naar West aan.' },
      { period: '2018-Q2', health: 'on_track',
        narrative: 'De tweede wijkwerkplaats in West is in april geopend. De Kringloopwerf levert opdrachten ' +
          'voor beide locaties.' },
      { period: '2018-Q4', health: 'on_track',
        narrative: 'Dit jaar 22 deelnemers naar betaald werk; de resultaatafspraak met de gemeente loopt door. ' +
          'Voorbereiding van de overdracht aan de reguliere inkoop is gestart.' },
    ],
    decisions: [
      { from: 'scenario', to: 'experiment', decision: 'go', decidedOn: '2016-02-24',
        rationale: 'Helder plan met een sterke werkgeverspartner en een meetbare doorstroomdoelstelling.',
        conditions: 'Ervaringsdeskundige in het team opnemen; eerste evaluatie na vijf kwartalen.' },
      { from: 'experiment', to: 'rollout', decision: 'go', decidedOn: '2017-11-08',
        rationale: 'De doorstroom naar betaald werk is aantoonbaar op gang gekomen (goedgekeurde metingen over zeven ' +
          'kwartalen) en de terugvalafspraak werkt. Opschaling naar West is verantwoord.',
        conditions: 'Streefwaarde en looptijd aanpassen via een doelherziening; resultaatafspraak per kwartaal ' +
          'verantwoorden met goedgekeurde metingen.' },
    ],
  },
  {
    code: 'MW-02',
    title: 'Ervaringsdeskundigen als participatiecoach',
    summary:
      'Getrainde ervaringsdeskundigen coachen Amsterdammers die na een periode van ziekte, verslaving of ' +
      'dakloosheid weer willen meedoen. De coach loopt mee naar vrijwilligerswerk, scholing of werk.',
    problem:
      'Professionals praten vaak óver mensen in plaats van mét hen. Deelnemers haken af omdat ze zich niet ' +
      'begrepen voelen; herkenning van iemand die het zelf heeft meegemaakt ontbreekt.',
    targetGroup:
      'Volwassenen in Zuidoost en Oost met psychische of verslavingsproblematiek die een eerste participatiestap ' +
      'willen zetten; ongeveer 150 mensen per jaar.',
    phase: 'rollout', previousPhase: null, health: 'on_track',
    startDate: '2016-01-18', plannedEndDate: '2019-06-30', budgetCents: 12_000_000,
    leadOrganisation: 'ervaringMokum', themes: ['ervaring', 'relationeel'], districts: ['zuidoost', 'oost'],
    team: [
      { person: 'rachid', role: 'lead' },
      { person: 'chantal', role: 'expert_by_experience' },
      { person: 'gloria', role: 'member' },
      { person: 'fenna', role: 'researcher' },
    ],
    milestones: [
      { title: 'Werving eerste groep ervaringsdeskundige coaches', phase: 'scenario',
        due: '2016-02-29', status: 'done', completed: '2016-02-26', owner: 'rachid' },
      { title: 'Trainingsprogramma coaches afgerond', phase: 'experiment',
        due: '2016-06-30', status: 'done', completed: '2016-06-24', owner: 'chantal' },
      { title: 'Effectmeting coaching opgeleverd', phase: 'experiment',
        due: '2017-09-30', status: 'done', completed: '2017-10-20', owner: 'fenna' },
      { title: 'Coaches actief in heel Oost', phase: 'rollout',
        due: '2018-06-30', status: 'done', completed: '2018-06-12', owner: 'rachid' },
      { title: 'Intervisie coaches onderbrengen bij het wijkteam', phase: 'rollout',
        description: 'Vervallen: de coaches organiseren de intervisie zelf binnen de vereniging.',
        due: '2018-12-31', status: 'cancelled', owner: 'gloria' },
    ],
    indicators: [
      {
        key: 'mw02-gekoppeld',
        name: 'Aantal deelnemers gekoppeld aan een ervaringsdeskundige coach',
        definition: 'Nieuwe koppelingen tussen een deelnemer en een coach in het kwartaal.',
        kind: 'output', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: BASELINE_DAY }, target: { value: 150, date: '2018-12-31' },
        dataSource: 'Koppelingsregister Vereniging Ervaringsdeskundigen Mokum',
        measurements: { from: '2016-Q2', values: [5, 9, 12, 14, 13, 15, 14, 16, 15, 17, 16], tail: ['submitted'] },
      },
      {
        key: 'mw02-participatiestap',
        name: 'Aantal deelnemers dat een participatiestap zet',
        definition: 'Deelnemers die in het kwartaal starten met vrijwilligerswerk, scholing of (betaald) werk ' +
          'en dat na drie maanden nog doen.',
        kind: 'outcome', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: BASELINE_DAY }, target: { value: 80, date: '2018-12-31' },
        dataSource: 'Koppelingsregister en driemaandelijkse check-in door de coach',
        evidenceBase: 'https://example.org/ervaringsdeskundigen-mokum/rapportage',
        measurements: { from: '2016-Q2', values: [1, 3, 5, 6, 7, 8, 8, 9, 9, 10, 10], tail: ['submitted'] },
      },
      {
        key: 'mw02-regie',
        name: 'Ervaren regie over het eigen leven',
        definition: 'Gemiddelde score (1–10) van deelnemers op de vraag hoeveel regie zij ervaren, gemeten bij ' +
          'zes maanden coaching.',
        kind: 'outcome', aspect: 'sustainability', unit: 'score', direction: 'increase', aggregation: 'average',
        baseline: { value: 5.8, date: '2016-06-30' }, target: { value: 7, date: '2018-12-31' },
        dataSource: 'Vragenlijst Kenniswerkplaats Participatie en Zorg',
        measurements: { from: '2017-Q1', values: [6, 6.2, 6.3, 6.5, 6.6, 6.8, 6.9, 7], tail: ['draft'] },
      },
    ],
    statusUpdates: [
      { period: '2017-Q3', health: 'on_track',
        narrative: 'De effectmeting is bijna klaar: deelnemers noemen herkenning als belangrijkste reden om door ' +
          'te gaan. Twee nieuwe coaches zijn getraind.' },
      { period: '2017-Q4', health: 'on_track',
        narrative: 'Effectmeting opgeleverd en besproken met het focusteam. We vragen in januari de go voor ' +
          'uitbreiding naar heel Oost aan.' },
      { period: '2018-Q2', health: 'at_risk',
        narrative: 'Uitbreiding naar Oost gelukt, maar twee coaches vielen tijdelijk uit. De wachttijd voor een ' +
          'coach liep op tot zes weken.' },
      { period: '2018-Q4', health: 'on_track',
        narrative: 'Wachttijd weer onder de twee weken. De ervaren regie stijgt gestaag; de streefwaarde is ' +
          'bijna bereikt.' },
    ],
    decisions: [
      { from: 'scenario', to: 'experiment', decision: 'go', decidedOn: '2016-03-16',
        rationale: 'Sluit aan bij de wens om vanuit nabijheid te werken; de vereniging heeft een pool van ' +
          'kandidaat-coaches.',
        conditions: 'Vergoeding en begeleiding van de coaches vastleggen vóór de eerste koppeling.' },
      { from: 'experiment', to: 'rollout', decision: 'go', decidedOn: '2018-01-17',
        rationale: 'Effectmeting en goedgekeurde metingen laten zien dat deelnemers vaker een participatiestap ' +
          'zetten. Uitbreiding naar heel Oost.',
        conditions: 'Wachttijd voor een coach maximaal twee weken; kwartaalrapportage ervaren regie.' },
    ],
  },
  {
    code: 'MW-03',
    title: 'Eén route naar dagbesteding en activering',
    summary:
      'In Nieuw-West melden mensen zich op één plek aan voor dagbesteding (Wmo) en activering (Participatiewet). ' +
      'Een duo van WPI en het Wmo-loket doet samen het gesprek en regelt de toegang in één keer.',
    problem:
      'Twee loketten, twee intakes en twee wachtlijsten: wie dagbesteding én activering nodig heeft, vertelt zijn ' +
      'verhaal meerdere keren en wacht maanden. Bij de overgangen tussen regelingen valt men tussen wal en schip.',
    targetGroup:
      'Inwoners van Nieuw-West met een uitkering die zich aanmelden voor dagbesteding of activering; ' +
      'jaarlijks ongeveer 400 aanmeldingen.',
    phase: 'experiment', previousPhase: null, health: 'at_risk',
    startDate: '2016-02-01', plannedEndDate: '2018-12-31', budgetCents: 9_500_000,
    leadOrganisation: 'welzijnNieuwWest', themes: ['wmo', 'samenwerking'], districts: ['nieuw-west'],
    team: [
      { person: 'joost', role: 'lead' },
      { person: 'linda', role: 'member' },
      { person: 'sevda', role: 'member' },
      { person: 'erik', role: 'expert_by_experience' },
      { person: 'ingrid', role: 'researcher' },
    ],
    milestones: [
      { title: 'Procesanalyse aanmelding dagbesteding en activering', phase: 'scenario',
        due: '2016-03-31', status: 'done', completed: '2016-03-30', owner: 'joost' },
      { title: 'Gezamenlijk intakeformulier WPI en Wmo-loket', phase: 'experiment',
        due: '2016-09-30', status: 'done', completed: '2016-10-12', owner: 'linda' },
      { title: 'Eén aanmeldpunt open in Nieuw-West', phase: 'experiment',
        due: '2017-01-31', status: 'done', completed: '2017-02-06', owner: 'sevda' },
      { title: 'Werkafspraken WPI en Wmo-loket bestuurlijk vastleggen', phase: 'experiment',
        description: 'De werkafspraken liggen klaar; ondertekening wacht op de nieuwe Wmo-verordening.',
        due: { daysFromToday: -60 }, status: 'in_progress', owner: 'linda' },
      { title: 'Kwartaalmeting wachtlijst opnieuw aanleveren', phase: 'experiment',
        due: { daysFromToday: 7 }, status: 'in_progress', owner: 'joost' },
    ],
    indicators: [
      {
        key: 'mw03-doorlooptijd',
        name: 'Doorlooptijd van aanmelding tot start dagbesteding (dagen)',
        definition: 'Mediaan aantal kalenderdagen tussen aanmelding en eerste dag van de dagbesteding of ' +
          'activering, over de starters in het kwartaal.',
        kind: 'output', aspect: 'effectiveness', unit: 'count', direction: 'decrease', aggregation: 'latest',
        baseline: { value: 84, date: '2016-03-31' }, target: { value: 30, date: '2018-06-30' },
        dataSource: 'Registratiesysteem Wmo-loket en WPI, gekoppeld op aanmeldnummer',
        measurements: { from: '2016-Q2', values: [80, 76, 70, 64, 58, 55, 49, 46, 42], tail: ['submitted'] },
      },
      {
        key: 'mw03-wachtlijst',
        name: 'Aantal mensen op wachtlijst dagbesteding',
        definition: 'Aantal aanmeldingen uit Nieuw-West dat op de laatste dag van het kwartaal wacht op een ' +
          'plek in de dagbesteding.',
        kind: 'outcome', aspect: 'effectiveness', unit: 'count', direction: 'decrease', aggregation: 'latest',
        baseline: { value: 140, date: '2016-03-31' }, target: { value: 60, date: '2018-06-30' },
        dataSource: 'Wachtlijstrapportage Wmo-loket Nieuw-West',
        evidenceBase: 'https://example.org/gemeente-amsterdam/wmo/wachtlijst-nieuw-west',
        measurements: {
          from: '2016-Q2', values: [138, 131, 120, 112, 104, 97, 90, 86, 81], tail: ['returned'],
          returnComment: 'De telling wijkt af van de wachtlijstrapportage van het Wmo-loket (78). Graag peildatum ' +
            '30 juni aanhouden en opnieuw indienen.',
        },
        revision: {
          oldValue: 40, oldDate: '2017-12-31', newValue: 60, newDate: '2018-06-30', effectiveFrom: '2017-Q3',
          reason: 'De instroom via het nieuwe aanmeldpunt is hoger dan verwacht, omdat mensen die eerder afhaakten ' +
            'zich nu wel melden. Streefwaarde en streefdatum bijgesteld in overleg met het focusteam.',
          revisedOn: '2017-07-12',
        },
      },
    ],
    statusUpdates: [
      { period: '2017-Q1', health: 'on_track',
        narrative: 'Het gezamenlijke aanmeldpunt is op 6 februari opengegaan. De eerste aanmelders waarderen dat ' +
          'ze hun verhaal maar één keer hoeven te vertellen.' },
      { period: '2017-Q2', health: 'at_risk',
        narrative: 'Meer aanmeldingen dan verwacht: mensen die eerder afhaakten melden zich nu. De wachtlijst ' +
          'daalt langzamer; we stellen een doelherziening voor.' },
      { period: '2017-Q4', health: 'on_track',
        narrative: 'Doorlooptijd gedaald naar 49 dagen. Het duo-gesprek is vaste werkwijze bij beide loketten.' },
      { period: '2018-Q2', health: 'at_risk',
        narrative: 'De werkafspraken wachten op bestuurlijke ondertekening. Zonder die afspraken kan het ' +
          'aanmeldpunt na de zomer niet met dezelfde bezetting door.' },
    ],
    decisions: [
      { from: 'scenario', to: 'experiment', decision: 'go', decidedOn: '2016-04-13',
        rationale: 'Raakt een knelpunt dat in het lab door alle perspectieven werd genoemd; WPI en het Wmo-loket ' +
          'hebben beide capaciteit toegezegd.',
        conditions: 'Privacytoets op het gezamenlijke intakeformulier vóór de start.' },
    ],
  },
  {
    code: 'MW-04',
    title: 'Buurtkamers als opstap',
    summary:
      'Laagdrempelige buurtkamers in Oost en Weesp, gerund door vrijwilligers en deelnemers samen. Wie binnenloopt ' +
      'voor koffie, kan een taak oppakken en zo stap voor stap meer meedoen in de buurt.',
    problem:
      'Voor veel mensen is geïndiceerde dagbesteding een te grote of te zware stap, terwijl het vrije aanbod in ' +
      'de buurt hen niet bereikt. Er ontbreekt een tussenvorm zonder indicatie.',
    targetGroup:
      'Buurtbewoners in Oost en Weesp die geïsoleerd raken of geen passende dagbesteding vinden; geschat ' +
      'bereik 250 mensen.',
    phase: 'experiment', previousPhase: null, health: 'on_track',
    startDate: '2016-02-01', plannedEndDate: '2018-06-30', budgetCents: 7_800_000,
    leadOrganisation: 'vrijwilligers', themes: ['buurt', 'relationeel'], districts: ['oost', 'weesp'],
    team: [
      { person: 'henk', role: 'lead' },
      { person: 'frank', role: 'member' },
      { person: 'chantal', role: 'expert_by_experience' },
      { person: 'fenna', role: 'researcher' },
    ],
    milestones: [
      { title: 'Locaties buurtkamers geselecteerd', phase: 'scenario',
        due: '2016-03-31', status: 'done', completed: '2016-04-05', owner: 'henk' },
      { title: 'Buurtkamer Oost geopend', phase: 'experiment',
        due: '2016-06-30', status: 'done', completed: '2016-06-20', owner: 'henk' },
      { title: 'Buurtkamer Weesp geopend', phase: 'experiment',
        due: '2016-12-31', status: 'done', completed: '2017-02-15', owner: 'frank' },
      { title: 'Vrijwilligers getraind als gastvrouw of gastheer', phase: 'experiment',
        due: '2017-03-31', status: 'done', completed: '2017-03-28', owner: 'frank' },
      { title: 'Afspraken over doorverwijzing met de wijkteams', phase: 'experiment',
        due: { daysFromToday: -45 }, status: 'in_progress', owner: 'henk' },
    ],
    indicators: [
      {
        key: 'mw04-nieuwe-deelnemers',
        name: 'Aantal nieuwe deelnemers in de buurtkamers',
        definition: 'Bezoekers die in het kwartaal voor het eerst een taak of activiteit in de buurtkamer oppakken.',
        kind: 'output', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: BASELINE_DAY }, target: { value: 200, date: '2017-12-31' },
        dataSource: 'Presentielijsten buurtkamers (aantallen, geen namen)',
        measurements: { from: '2016-Q2', values: [18, 25, 30, 28, 32, 30, 27], tail: ['draft'] },
      },
      {
        key: 'mw04-actief-na-6-maanden',
        name: 'Aandeel deelnemers dat na zes maanden nog actief is in de buurt',
        definition: 'Percentage van de nieuwe deelnemers van twee kwartalen eerder dat nog actief is in de ' +
          'buurtkamer of elders in de buurt.',
        kind: 'outcome', aspect: 'sustainability', unit: 'percent', direction: 'increase', aggregation: 'latest',
        baseline: { value: 35, date: '2016-06-30' }, target: { value: 60, date: '2017-12-31' },
        dataSource: 'Halfjaarlijkse navraag door gastvrouwen en gastheren',
        measurements: { from: '2016-Q4', values: [38, 42, 45, 47, 51], tail: ['submitted'] },
      },
    ],
    statusUpdates: [
      { period: '2016-Q4', health: 'at_risk',
        narrative: 'Buurtkamer Oost loopt goed; de opening in Weesp is uitgesteld omdat de ruimte nog niet ' +
          'toegankelijk is.' },
      { period: '2017-Q1', health: 'on_track',
        narrative: 'Buurtkamer Weesp is half februari geopend. Twaalf vrijwilligers zijn getraind als gastvrouw ' +
          'of gastheer.' },
      { period: '2017-Q3', health: 'on_track',
        narrative: 'Bijna de helft van de nieuwe deelnemers is na een half jaar nog actief. Wijkteams verwijzen ' +
          'steeds vaker door, maar nog zonder vaste afspraken.' },
    ],
    decisions: [
      { from: 'scenario', to: 'experiment', decision: 'go', decidedOn: '2016-04-13',
        rationale: 'Kleinschalig, goedkoop en direct in de buurt; vult het gat tussen vrij aanbod en ' +
          'geïndiceerde dagbesteding.',
        conditions: null },
    ],
  },
  {
    code: 'MW-05',
    title: 'Werkgeverspact Meedoen',
    summary:
      'Amsterdamse werkgevers stellen werkplekken beschikbaar voor mensen met een afstand tot de arbeidsmarkt. ' +
      'Re-integratiebureau Stap Verder zorgt voor jobcoaching; de gemeente betaalt per duurzame plaatsing.',
    problem:
      'Werkgevers willen wel, maar weten niet bij wie ze moeten aankloppen en haken af door gedoe met ' +
      'regelingen. Plaatsingen houden vaak geen zes maanden stand omdat begeleiding na de start stopt.',
    targetGroup:
      'Werkzoekenden met een bijstandsuitkering en een arbeidsbeperking in Centrum, Zuid en West; ' +
      'ongeveer 200 kandidaten.',
    phase: 'rollout', previousPhase: null, health: 'at_risk',
    startDate: '2016-01-11', plannedEndDate: '2019-12-31', budgetCents: 24_000_000,
    leadOrganisation: 'werkgeversnetwerk', themes: ['zorgwerk', 'samenwerking'], districts: ['centrum', 'zuid', 'west'],
    team: [
      { person: 'wim', role: 'lead' },
      { person: 'daan', role: 'member' },
      { person: 'ahmet', role: 'member' },
      { person: 'esther', role: 'member' },
      { person: 'ingrid', role: 'researcher' },
    ],
    milestones: [
      { title: 'Werkgeversbijeenkomst en startverklaring', phase: 'scenario',
        due: '2016-02-15', status: 'done', completed: '2016-02-11', owner: 'wim' },
      { title: 'Jobcoaching via Stap Verder ingericht', phase: 'experiment',
        due: '2016-06-30', status: 'done', completed: '2016-06-29', owner: 'ahmet' },
      { title: 'Twintig werkgevers aangesloten', phase: 'experiment',
        due: '2016-12-31', status: 'done', completed: '2017-01-20', owner: 'wim' },
      { title: 'Werkgeverspact uitgebreid naar Zuid', phase: 'rollout',
        due: '2018-09-30', status: 'done', completed: '2018-10-04', owner: 'daan' },
      { title: 'Verantwoording resultaatfinanciering over het afgelopen jaar', phase: 'rollout',
        due: { daysFromToday: -90 }, status: 'planned', owner: 'esther' },
    ],
    indicators: [
      {
        key: 'mw05-werkplekken',
        name: 'Aantal nieuw aangeboden werkplekken',
        definition: 'Werkplekken die aangesloten werkgevers in het kwartaal voor het eerst beschikbaar stellen.',
        kind: 'output', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: BASELINE_DAY }, target: { value: 150, date: '2018-12-31' },
        dataSource: 'Vacatureoverzicht Werkgeversnetwerk Amsterdam Inclusief',
        measurements: { from: '2016-Q1', values: [4, 7, 9, 11, 12, 13, 14, 14, 15, 15, 16, 16], tail: ['submitted'] },
      },
      {
        key: 'mw05-duurzaam-werk',
        name: 'Aantal kandidaten dat zes maanden of langer aan het werk is',
        definition: 'Kandidaten die in het kwartaal de grens van zes maanden onafgebroken dienstverband passeren.',
        kind: 'outcome', aspect: 'sustainability', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: BASELINE_DAY }, target: { value: 60, date: '2018-12-31' },
        dataSource: 'Plaatsingsregistratie Stap Verder, getoetst door WPI',
        evidenceBase: 'https://example.org/stap-verder/verantwoording/duurzame-plaatsingen',
        measurements: {
          from: '2016-Q1', values: [0, 0, 1, 2, 3, 4, 5, 6, 6, 7, 8, 8], tail: ['submitted'],
          notes: { '2016-Q1': 'Nog geen kandidaat kan zes maanden in dienst zijn.' },
        },
      },
      {
        key: 'mw05-tevredenheid-werkgevers',
        name: 'Tevredenheid aangesloten werkgevers',
        definition: 'Gemiddelde rapportcijfer (1–10) van werkgevers over begeleiding en samenwerking.',
        kind: 'output', aspect: 'sustainability', unit: 'score', direction: 'increase', aggregation: 'average',
        baseline: { value: 6.5, date: '2016-12-31' }, target: { value: 7.5, date: '2018-12-31' },
        dataSource: 'Kwartaalpeiling onder werkgevers (Kenniswerkplaats)',
        measurements: { from: '2017-Q1', values: [6.8, 7, 7.1, 7, 7.2, 7.3, 7.4, 7.4], tail: ['draft'] },
      },
    ],
    statusUpdates: [
      { period: '2017-Q2', health: 'at_risk',
        narrative: 'Veel werkplekken, maar nog weinig plaatsingen die zes maanden standhouden. Jobcoaching stopt ' +
          'te vroeg.' },
      { period: '2017-Q3', health: 'off_track',
        narrative: 'De go voor opschaling is niet gegeven. We verlengen de jobcoaching tot twaalf maanden na ' +
          'plaatsing en meten opnieuw.' },
      { period: '2018-Q1', health: 'on_track',
        narrative: 'Na de langere jobcoaching houden meer plaatsingen stand. Go voor opschaling gekregen in maart.' },
      { period: '2018-Q4', health: 'at_risk',
        narrative: 'Uitbreiding naar Zuid is gelukt, maar het maximum van de resultaatafspraak komt in zicht ' +
          'terwijl de streefwaarde nog niet is gehaald. Gesprek met WPI over een vervolg.' },
    ],
    decisions: [
      { from: 'scenario', to: 'experiment', decision: 'go', decidedOn: '2016-02-24',
        rationale: 'Sterk commitment van werkgevers in het lab; resultaatfinanciering maakt betalen wat werkt ' +
          'concreet.',
        conditions: 'Resultaatafspraak alleen op duurzame plaatsingen (zes maanden of langer).' },
      { from: 'experiment', to: 'rollout', decision: 'no_go', decidedOn: '2017-09-20',
        rationale: 'Er zijn goedgekeurde metingen, maar het aantal duurzame plaatsingen blijft duidelijk achter bij ' +
          'de verwachting. Eerst de oorzaak aanpakken.',
        conditions: 'Opnieuw agenderen na twee kwartalen met verlengde jobcoaching.' },
      { from: 'experiment', to: 'rollout', decision: 'go', decidedOn: '2018-03-14',
        rationale: 'Met verlengde jobcoaching is het aantal duurzame plaatsingen per kwartaal verdubbeld. ' +
          'Opschaling naar Zuid.',
        conditions: 'Tevredenheid werkgevers blijft minimaal 7.' },
    ],
  },
  {
    code: 'MW-06',
    title: 'Vaste contactpersoon bij overgangen',
    summary:
      'Iedere deelnemer houdt één vaste contactpersoon vanuit het wijkteam, ook als de dagbesteding, ' +
      'activering of uitkering verandert. De contactpersoon draagt warm over en blijft betrokken.',
    problem:
      'Waar het schuurt zijn de overgangen: bij elke wisseling van regeling of aanbieder begint het contact ' +
      'opnieuw en haken mensen af. Aandacht voor mensen maakt het verschil, maar die valt juist dan weg.',
    targetGroup:
      'Deelnemers aan dagbesteding of activering in West en Noord die een overgang doormaken, zoals van ' +
      'dagbesteding naar vrijwilligerswerk; ongeveer 120 mensen.',
    phase: 'experiment', previousPhase: null, health: 'on_track',
    startDate: '2016-03-01', plannedEndDate: '2018-12-31', budgetCents: 8_200_000,
    leadOrganisation: 'wijkteamWest', themes: ['relationeel', 'samenwerking'], districts: ['west', 'noord'],
    team: [
      { person: 'naima', role: 'lead' },
      { person: 'kees', role: 'member' },
      { person: 'tom', role: 'member' },
      { person: 'mohamed', role: 'expert_by_experience' },
    ],
    milestones: [
      { title: 'Rol van de vaste contactpersoon beschreven', phase: 'scenario',
        due: '2016-05-31', status: 'done', completed: '2016-05-25', owner: 'naima' },
      { title: 'Eerste 25 deelnemers gekoppeld', phase: 'experiment',
        due: '2016-12-31', status: 'done', completed: '2016-12-19', owner: 'kees' },
      { title: 'Overdrachtsprotocol met de dagbestedingsaanbieders', phase: 'experiment',
        due: '2017-06-30', status: 'done', completed: '2017-08-30', owner: 'tom' },
      { title: 'Evaluatie met deelnemers en ervaringsdeskundigen', phase: 'experiment',
        due: { daysFromToday: 120 }, status: 'planned', owner: 'mohamed' },
    ],
    indicators: [
      {
        key: 'mw06-vaste-contactpersoon',
        name: 'Aantal deelnemers met één vaste contactpersoon',
        definition: 'Deelnemers die in het kwartaal aan een vaste contactpersoon zijn gekoppeld.',
        kind: 'output', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: '2016-06-30' }, target: { value: 100, date: '2018-06-30' },
        dataSource: 'Caseloadoverzicht Sociaal Wijkteam West (aantallen)',
        measurements: { from: '2016-Q3', values: [8, 12, 14, 15, 16, 15, 14], tail: ['submitted'] },
      },
      {
        key: 'mw06-zonder-terugval',
        name: 'Aandeel deelnemers dat een overgang doormaakt zonder uitval',
        definition: 'Percentage deelnemers met een overgang in het kwartaal dat drie maanden later nog deelneemt.',
        kind: 'outcome', aspect: 'effectiveness', unit: 'percent', direction: 'increase', aggregation: 'latest',
        baseline: { value: 55, date: '2016-06-30' }, target: { value: 75, date: '2018-06-30' },
        dataSource: 'Navraag door de contactpersoon, steekproef Kenniswerkplaats',
        measurements: { from: '2016-Q3', values: [57, 60, 62, 65, 67, 69, 70], tail: ['draft'] },
      },
    ],
    statusUpdates: [
      { period: '2016-Q4', health: 'on_track',
        narrative: '25 deelnemers gekoppeld. De contactpersonen merken dat deelnemers sneller bellen als er iets ' +
          'misgaat.' },
      { period: '2017-Q2', health: 'at_risk',
        narrative: 'Het overdrachtsprotocol loopt vertraging op: niet alle aanbieders willen de contactpersoon bij ' +
          'het eerste gesprek.' },
      { period: '2017-Q4', health: 'on_track',
        narrative: 'Protocol getekend door vier aanbieders. Het aandeel deelnemers zonder uitval stijgt naar 69%.' },
    ],
    decisions: [
      { from: 'scenario', to: 'experiment', decision: 'go', decidedOn: '2016-06-08',
        rationale: 'Sluit direct aan op het lab-thema relationeel werken; het wijkteam levert de contactpersonen ' +
          'binnen bestaande formatie.',
        conditions: 'Caseload per contactpersoon maximaal 25 deelnemers.' },
    ],
  },
  {
    code: 'MW-07',
    title: 'Participatiebudget op maat',
    summary:
      'Deelnemers kregen één budget voor dagbesteding en activering en kozen zelf, met hun begeleider, waar ' +
      'ze het aan besteedden. Het experiment is na anderhalf jaar gestopt.',
    problem:
      'Wmo en Participatiewet financieren elk een eigen aanbod; maatwerk dat beide combineert past in ' +
      'geen van beide potten.',
    targetGroup:
      'Deelnemers in Zuid en Centrum met zowel een Wmo-indicatie dagbesteding als een activeringstraject; ' +
      'beoogd 80 mensen.',
    phase: 'stopped', previousPhase: 'experiment', health: 'off_track',
    startDate: '2016-01-18', plannedEndDate: '2017-12-31', budgetCents: 6_000_000,
    leadOrganisation: 'ojz', themes: ['wmo'], districts: ['zuid', 'centrum'],
    team: [
      { person: 'marieke', role: 'lead' },
      { person: 'yvonne', role: 'member' },
      { person: 'lotte', role: 'member' },
      { person: 'pieter', role: 'member' },
    ],
    milestones: [
      { title: 'Rekenmodel participatiebudget', phase: 'scenario',
        due: '2016-02-29', status: 'done', completed: '2016-03-04', owner: 'marieke' },
      { title: 'Eerste budgetten toegekend', phase: 'experiment',
        due: '2016-06-30', status: 'done', completed: '2016-07-15', owner: 'lotte' },
      { title: 'Juridische toets combinatie Wmo en Participatiewet', phase: 'experiment',
        due: '2016-12-31', status: 'done', completed: '2017-02-28', owner: 'marieke' },
      { title: 'Opschalingsvoorstel', phase: 'experiment',
        due: '2017-09-30', status: 'cancelled', owner: 'pieter' },
    ],
    indicators: [
      {
        key: 'mw07-budgetten',
        name: 'Aantal deelnemers met een participatiebudget op maat',
        definition: 'Deelnemers aan wie in het kwartaal een budget is toegekend.',
        kind: 'output', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: BASELINE_DAY }, target: { value: 80, date: '2017-12-31' },
        dataSource: 'Beschikkingenregister Onderwijs, Jeugd en Zorg',
        measurements: { from: '2016-Q2', values: [3, 5, 4, 4] },
      },
      {
        key: 'mw07-kosten',
        name: 'Uitgaven per deelnemer per jaar',
        definition: 'Totale uitgaven aan dagbesteding en activering per deelnemer, op jaarbasis, in euro.',
        kind: 'output', aspect: 'sustainability', unit: 'euro', direction: 'decrease', aggregation: 'latest',
        baseline: { value: 9800, date: BASELINE_DAY }, target: { value: 8000, date: '2017-12-31' },
        dataSource: 'Financiële administratie OJZ en WPI',
        measurements: {
          from: '2016-Q2', values: [10200, 10500, 10400, 10600],
          notes: { '2017-Q1': 'Dubbele administratie van beide regelingen drijft de kosten op.' },
        },
      },
    ],
    statusUpdates: [
      { period: '2016-Q3', health: 'at_risk',
        narrative: 'Toekenning loopt traag: elk budget vraagt twee beschikkingen. De juridische toets is gestart.' },
      { period: '2016-Q4', health: 'off_track',
        narrative: 'Pas zestien deelnemers in plaats van de beoogde veertig. De kosten per deelnemer stijgen door ' +
          'de dubbele administratie.' },
      { period: '2017-Q1', health: 'off_track',
        narrative: 'De juridische toets laat weinig ruimte binnen de huidige verordeningen. We bereiden een ' +
          'stopvoorstel voor en borgen de lessen.' },
    ],
    decisions: [
      { from: 'scenario', to: 'experiment', decision: 'go', decidedOn: '2016-03-16',
        rationale: 'Wil een hardnekkig knelpunt tussen Wmo en Participatiewet doorbreken; waardevol om te leren, ' +
          'ook als het niet lukt.',
        conditions: 'Juridische toets binnen een jaar afronden.' },
      { from: 'experiment', to: 'stopped', decision: 'go', decidedOn: '2017-05-17',
        rationale: 'De huidige verordeningen laten één gecombineerd budget niet toe zonder dubbele beschikkingen; ' +
          'de kosten stijgen in plaats van te dalen. De lessen gaan naar de herziening van de Wmo-verordening.',
        conditions: 'Lopende budgetten tot het einde van het jaar respecteren; deelnemers warm overdragen.' },
    ],
  },
  {
    code: 'MW-08',
    title: 'Mantelzorgers als bondgenoot',
    summary:
      'Mantelzorgers worden vanaf het eerste gesprek betrokken bij het participatieplan van hun naaste. ' +
      'Het steunpunt biedt hen ondersteuning, zodat meedoen van de een niet ten koste gaat van de ander.',
    problem:
      'Mantelzorgers kennen hun naaste het best, maar worden zelden gehoord. Tegelijk raken zij overbelast, ' +
      'waardoor een participatiestap strandt.',
    targetGroup:
      'Mantelzorgers van deelnemers aan dagbesteding en activering in Zuidoost; ongeveer 150 huishoudens.',
    phase: 'experiment', previousPhase: null, health: 'off_track',
    startDate: '2016-01-25', plannedEndDate: '2018-12-31', budgetCents: 5_400_000,
    leadOrganisation: 'mantelzorg', themes: ['buurt', 'relationeel'], districts: ['zuidoost'],
    team: [
      { person: 'miriam', role: 'lead' },
      { person: 'gloria', role: 'member' },
      { person: 'bas', role: 'member' },
      { person: 'fenna', role: 'researcher' },
    ],
    milestones: [
      { title: 'Mantelzorgers betrokken bij het ontwerp', phase: 'scenario',
        due: '2016-02-29', status: 'done', completed: '2016-03-10', owner: 'miriam' },
      { title: 'Gespreksleidraad mantelzorger in het participatieplan', phase: 'experiment',
        due: '2016-09-30', status: 'done', completed: '2016-09-28', owner: 'gloria' },
      { title: 'Scholing wijkteams Zuidoost', phase: 'experiment',
        due: '2017-03-31', status: 'done', completed: '2017-05-12', owner: 'bas' },
      { title: 'Verbeterplan na de no-go voor opschaling', phase: 'experiment',
        due: { daysFromToday: -20 }, status: 'planned', owner: 'miriam' },
    ],
    indicators: [
      {
        key: 'mw08-betrokken',
        name: 'Aantal mantelzorgers betrokken bij het participatieplan',
        definition: 'Mantelzorgers die in het kwartaal aan het participatieplan van hun naaste hebben meegewerkt.',
        kind: 'output', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: BASELINE_DAY }, target: { value: 120, date: '2018-06-30' },
        dataSource: 'Registratie Mantelzorgsteunpunt Zuidoost',
        measurements: { from: '2016-Q2', values: [4, 6, 7, 6, 8, 7, 9, 8, 8], tail: ['submitted'] },
      },
      {
        key: 'mw08-overbelast',
        name: 'Aandeel mantelzorgers dat zich overbelast voelt',
        definition: 'Percentage betrokken mantelzorgers met een hoge score op de belastingvragenlijst.',
        kind: 'outcome', aspect: 'sustainability', unit: 'percent', direction: 'decrease', aggregation: 'latest',
        baseline: { value: 45, date: '2016-03-31' }, target: { value: 30, date: '2018-06-30' },
        dataSource: 'Belastingvragenlijst, afgenomen door het steunpunt',
        measurements: { from: '2016-Q2', values: [46, 44, 45, 43, 42, 43, 41, 40, 40], tail: ['submitted', 'draft'] },
      },
    ],
    statusUpdates: [
      { period: '2017-Q1', health: 'at_risk',
        narrative: 'Wijkteams vergeten de mantelzorger uit te nodigen; de scholing loopt uit tot mei.' },
      { period: '2017-Q3', health: 'at_risk',
        narrative: 'Na de scholing iets meer mantelzorgers betrokken, maar ver onder de verwachting.' },
      { period: '2018-Q1', health: 'off_track',
        narrative: 'Het aandeel overbelaste mantelzorgers daalt nauwelijks. We vragen toch een besluit over ' +
          'opschaling om duidelijkheid te krijgen.' },
      { period: '2018-Q2', health: 'off_track',
        narrative: 'No-go voor opschaling ontvangen. Het team werkt aan een verbeterplan met respijtzorg als ' +
          'onderdeel.' },
    ],
    decisions: [
      { from: 'scenario', to: 'experiment', decision: 'go', decidedOn: '2016-03-16',
        rationale: 'Mantelzorgers waren in het lab goed vertegenwoordigd en wezen op een blinde vlek.',
        conditions: null },
      { from: 'experiment', to: 'rollout', decision: 'no_go', decidedOn: '2018-05-23',
        rationale: 'De uitkomst op overbelasting van mantelzorgers blijft ver van de streefwaarde en het bereik ' +
          'is de helft van het beoogde. Opschalen is nu niet verantwoord.',
        conditions: 'Verbeterplan met respijtzorg; na twee kwartalen opnieuw beoordelen.' },
    ],
  },
  {
    code: 'MW-09',
    title: 'Kennissessies voor participatieprofessionals',
    summary:
      'Per stadsdeel ontmoeten professionals uit zorg, welzijn, WPI en sociale firma’s elkaar in ' +
      'kennissessies over de route naar dagbesteding en werk. Ze brengen eigen casussen in en maken ' +
      'direct vervolgafspraken.',
    problem:
      'Professionals kennen de regels en het aanbod buiten hun eigen organisatie niet, en weten elkaar niet ' +
      'te vinden. Kennis over werk en inkomen en over zorg zit in gescheiden werelden.',
    targetGroup:
      'Professionals in Noord, West en Nieuw-West die mensen begeleiden naar dagbesteding, activering of werk.',
    phase: 'experiment', previousPhase: null, health: 'on_track',
    startDate: '2016-03-01', plannedEndDate: '2018-06-30', budgetCents: 3_200_000,
    leadOrganisation: 'buurtwerkNoord', themes: ['samenwerking'], districts: ['noord', 'west', 'nieuw-west'],
    team: [
      { person: 'anouk', role: 'lead' },
      { person: 'joost', role: 'member' },
      { person: 'naima', role: 'member' },
      { person: 'ingrid', role: 'researcher' },
    ],
    milestones: [
      { title: 'Opzet kennissessies met de stadsdelen', phase: 'scenario',
        due: '2016-05-31', status: 'done', completed: '2016-05-30', owner: 'anouk' },
      { title: 'Eerste kennissessie in Noord', phase: 'experiment',
        due: '2016-09-30', status: 'done', completed: '2016-09-22', owner: 'anouk' },
      { title: 'Kennissessies in West en Nieuw-West', phase: 'experiment',
        due: '2017-03-31', status: 'done', completed: '2017-03-16', owner: 'joost' },
      { title: 'Overzicht participatiemogelijkheden per stadsdeel', phase: 'experiment',
        due: { daysFromToday: 21 }, status: 'in_progress', owner: 'ingrid' },
    ],
    indicators: [
      {
        key: 'mw09-deelnemers',
        name: 'Aantal professionals dat een kennissessie bijwoont',
        definition: 'Deelnemers aan de kennissessies in het kwartaal, geteld per sessie.',
        kind: 'output', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: '2016-06-30' }, target: { value: 300, date: '2017-12-31' },
        dataSource: 'Aanmeldlijsten kennissessies',
        measurements: { from: '2016-Q3', values: [35, 48, 52, 40, 61, 58], tail: ['submitted'] },
      },
      {
        key: 'mw09-waardering',
        name: 'Gemiddelde waardering van de kennissessies',
        definition: 'Rapportcijfer (1–10) dat deelnemers na afloop geven.',
        kind: 'output', aspect: 'effectiveness', unit: 'score', direction: 'increase', aggregation: 'average',
        baseline: { value: 7, date: '2016-06-30' }, target: { value: 8, date: '2017-12-31' },
        dataSource: 'Evaluatieformulier na elke sessie',
        measurements: { from: '2016-Q3', values: [7.6, 7.9, 8.1, 7.8, 8, 8.2], tail: ['draft'] },
      },
      {
        key: 'mw09-vervolgafspraak',
        name: 'Aandeel professionals dat na een sessie een vervolgafspraak maakt',
        definition: 'Percentage deelnemers dat binnen een maand na de sessie samenwerkt met een professional ' +
          'uit een andere organisatie die zij in de sessie leerden kennen.',
        kind: 'outcome', aspect: 'sustainability', unit: 'percent', direction: 'increase', aggregation: 'latest',
        baseline: { value: 20, date: '2016-06-30' }, target: { value: 50, date: '2017-12-31' },
        dataSource: 'Navraag na vier weken (Kenniswerkplaats)',
        measurements: { from: '2016-Q3', values: [28, 33, 37, 40, 44, 46], tail: ['submitted'] },
      },
    ],
    statusUpdates: [
      { period: '2016-Q4', health: 'on_track',
        narrative: 'Twee sessies in Noord met samen 83 deelnemers. WPI en sociale firma’s zijn vast onderdeel ' +
          'van het programma.' },
      { period: '2017-Q1', health: 'on_track',
        narrative: 'Sessies in West en Nieuw-West druk bezocht. Professionals vragen om één overzicht van alle ' +
          'participatiemogelijkheden.' },
      { period: '2017-Q4', health: 'on_track',
        narrative: 'Bijna de helft van de deelnemers maakt een vervolgafspraak. We werken aan het overzicht ' +
          'per stadsdeel.' },
    ],
    decisions: [
      { from: 'scenario', to: 'experiment', decision: 'go', decidedOn: '2016-06-08',
        rationale: 'Weinig kosten, veel verbinding: de professional is een sleutelfiguur voor participatie.',
        conditions: 'Elke sessie samen met het stadsdeel en de wijkzorgalliantie organiseren.' },
    ],
  },
  {
    code: 'MW-10',
    title: 'Vrijwilligerswerk met behoud van uitkering, zonder gedoe',
    summary:
      'Een vaste werkwijze waarmee mensen met een bijstandsuitkering vrijwilligerswerk kunnen doen zonder ' +
      'angst voor korting, met één toestemmingsformulier dat WPI binnen twee weken afhandelt.',
    problem:
      'Mensen durven geen vrijwilligerswerk te doen uit angst hun uitkering kwijt te raken; de regels zijn ' +
      'onduidelijk en per consulent verschillend uitgelegd.',
    targetGroup:
      'Bijstandsgerechtigden in Oost die vrijwilligerswerk willen doen als stap naar werk.',
    phase: 'scenario', previousPhase: null, health: 'on_track',
    startDate: '2016-01-18', plannedEndDate: '2017-12-31', budgetCents: 1_500_000,
    leadOrganisation: 'stapVerder', themes: ['zorgwerk', 'wmo'], districts: ['oost'],
    team: [
      { person: 'priya', role: 'lead' },
      { person: 'henk', role: 'member' },
      { person: 'linda', role: 'member' },
    ],
    milestones: [
      { title: 'Verkenning van de regels rond vrijwilligerswerk met uitkering', phase: 'scenario',
        due: '2016-03-31', status: 'done', completed: '2016-04-12', owner: 'priya' },
      { title: 'Werkbezoeken bij vrijwilligersorganisaties in Oost', phase: 'scenario',
        due: '2016-06-30', status: 'done', completed: '2016-06-21', owner: 'henk' },
      { title: 'Projectplan aanvullen met streefwaarden en werkafspraken WPI', phase: 'scenario',
        due: { daysFromToday: 60 }, status: 'planned', owner: 'linda' },
    ],
    indicators: [
      {
        key: 'mw10-vrijwilligerswerk',
        name: 'Aantal bijstandsgerechtigden gestart met vrijwilligerswerk',
        definition: 'Starters met vrijwilligerswerk via de nieuwe werkwijze in het kwartaal.',
        kind: 'outcome', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: '2016-06-30' }, target: { value: 50, date: '2017-12-31' },
        dataSource: 'Toestemmingsregistratie WPI',
      },
    ],
    statusUpdates: [],
    decisions: [],
  },
  {
    code: 'MW-11',
    title: 'Digitale participatiekaart',
    summary:
      'Een online kaart met alle participatiemogelijkheden in de stad, voor professionals en bewoners. ' +
      'Na een proefversie is besloten aan te sluiten bij een bestaand platform.',
    problem:
      'Professionals willen alle participatiemogelijkheden voor Amsterdammers in één overzicht zien; het aanbod ' +
      'staat nu versnipperd op tientallen websites.',
    targetGroup: 'Professionals en bewoners in Centrum die zoeken naar activiteiten, vrijwilligerswerk of dagbesteding.',
    phase: 'stopped', previousPhase: 'scenario', health: 'off_track',
    startDate: '2016-01-18', plannedEndDate: '2016-12-31', budgetCents: 2_500_000,
    leadOrganisation: 'clientenstem', themes: ['samenwerking', 'buurt'], districts: ['centrum'],
    team: [
      { person: 'yvonne', role: 'lead' },
      { person: 'tom', role: 'member' },
      { person: 'frank', role: 'member' },
    ],
    milestones: [
      { title: 'Inventarisatie bestaande overzichten', phase: 'scenario',
        due: '2016-03-31', status: 'done', completed: '2016-03-24', owner: 'yvonne' },
      { title: 'Proefversie participatiekaart voor Centrum', phase: 'scenario',
        due: '2016-06-30', status: 'done', completed: '2016-06-30', owner: 'tom' },
      { title: 'Besluit over aansluiten bij een bestaand platform', phase: 'scenario',
        due: '2016-09-30', status: 'done', completed: '2016-09-14', owner: 'yvonne' },
    ],
    indicators: [
      {
        key: 'mw11-bezoekers',
        name: 'Aantal bezoekers van de proefversie',
        definition: 'Unieke bezoekers van de proefversie van de participatiekaart in het kwartaal.',
        kind: 'output', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: '2016-01-01' }, target: { value: 2000, date: '2016-12-31' },
        dataSource: 'Webstatistieken proefversie',
        measurements: { from: '2016-Q1', values: [310, 420] },
      },
    ],
    statusUpdates: [],
    decisions: [
      { from: 'scenario', to: 'stopped', decision: 'go', decidedOn: '2016-09-14',
        rationale: 'Een bestaand platform biedt hetzelfde overzicht met een groter bereik. Een eigen kaart zou ' +
          'het aanbod verder versnipperen.',
        conditions: 'De gegevens uit de proefversie overdragen aan het bestaande platform.' },
    ],
  },
  {
    code: 'MW-12',
    title: 'Ervaringsdeskundigen aan de beleidstafel',
    summary:
      'Ervaringsdeskundigen denken vanaf het begin mee in beleidstrajecten over Wmo en participatie, met een ' +
      'vaste vergoeding en voorbereiding. Niet praten óver maar mét.',
    problem:
      'Ervaringsdeskundigen worden pas aan het einde gevraagd te reageren op een concept, als de keuzes al ' +
      'gemaakt zijn; hun inzet is onbetaald en ad hoc.',
    targetGroup: 'Beleidsmedewerkers en ervaringsdeskundigen die samenwerken aan gemeentelijk beleid, stadsbreed.',
    phase: 'scenario', previousPhase: null, health: 'at_risk',
    startDate: '2016-02-01', plannedEndDate: '2018-12-31', budgetCents: 2_800_000,
    leadOrganisation: 'clientenstem', themes: ['ervaring', 'wmo'], districts: ['centrum'],
    team: [
      { person: 'erik', role: 'lead' },
      { person: 'rachid', role: 'expert_by_experience' },
      { person: 'jeroen', role: 'member' },
    ],
    milestones: [
      { title: 'Inventarisatie lopende beleidstrajecten', phase: 'scenario',
        due: '2016-04-30', status: 'done', completed: '2016-05-02', owner: 'erik' },
      { title: 'Werkwijze vergoeding ervaringsdeskundigen', phase: 'scenario',
        description: 'Vervallen als aparte mijlpaal: wordt onderdeel van de pilot.',
        due: '2016-09-30', status: 'cancelled', owner: 'jeroen' },
      { title: 'Pilot met twee beleidstrajecten', phase: 'scenario',
        due: { daysFromToday: 100 }, status: 'planned', owner: 'erik' },
    ],
    indicators: [
      {
        key: 'mw12-trajecten',
        name: 'Aantal beleidstrajecten met een ervaringsdeskundige vanaf de start',
        definition: 'Gemeentelijke beleidstrajecten over Wmo en participatie waarin vanaf de eerste bijeenkomst een ' +
          'ervaringsdeskundige meedenkt.',
        kind: 'output', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: '2016-06-30' }, target: { value: 12, date: '2018-12-31' },
        dataSource: 'Projectadministratie OJZ',
      },
      {
        key: 'mw12-invloed',
        name: 'Ervaren invloed van ervaringsdeskundigen op beleid',
        definition: 'Gemiddelde score (1–10) die deelnemende ervaringsdeskundigen geven op hun invloed.',
        kind: 'outcome', aspect: 'sustainability', unit: 'score', direction: 'increase', aggregation: 'average',
        baseline: null, target: null,
        dataSource: 'Korte vragenlijst na elk beleidstraject',
      },
    ],
    statusUpdates: [],
    decisions: [],
  },
  {
    code: 'MW-13',
    title: 'Jongeren van dagbesteding naar leerwerkplek',
    summary:
      'Jongeren tot 27 jaar in dagbesteding leren een vak op een leerwerkplek in de horeca of techniek, met ' +
      'een praktijkverklaring als resultaat.',
    problem:
      'Jongeren blijven hangen in dagbesteding omdat reguliere opleidingen te zwaar zijn en leerbedrijven ' +
      'niet op hen zijn ingericht.',
    targetGroup: 'Jongeren van 18 tot 27 jaar in dagbesteding in Nieuw-West en Zuidoost.',
    phase: 'scenario', previousPhase: null, health: 'on_track',
    startDate: '2016-03-01', plannedEndDate: '2018-12-31', budgetCents: 4_500_000,
    leadOrganisation: 'horeca', themes: ['zorgwerk'], districts: ['nieuw-west', 'zuidoost'],
    team: [
      { person: 'daan', role: 'member' },
      { person: 'bas', role: 'member' },
      { person: 'sevda', role: 'member' },
    ],
    milestones: [
      { title: 'Gesprekken met leerbedrijven', phase: 'scenario',
        due: '2016-06-30', status: 'done', completed: '2016-07-05', owner: 'daan' },
      { title: 'Trekker aanstellen en projectplan aanvullen', phase: 'scenario',
        due: { daysFromToday: 28 }, status: 'planned', owner: 'sevda' },
      { title: 'Eerste leerwerkplekken in kaart', phase: 'scenario',
        due: { daysFromToday: 150 }, status: 'planned', owner: 'bas' },
    ],
    indicators: [
      {
        key: 'mw13-leerwerkplek',
        name: 'Aantal jongeren op een leerwerkplek',
        definition: 'Jongeren die in het kwartaal op een leerwerkplek zijn begonnen.',
        kind: 'outcome', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: '2016-06-30' }, target: null,
        dataSource: 'Registratie Horecaleerbedrijf Het IJ',
      },
    ],
    statusUpdates: [],
    decisions: [
      { from: 'scenario', to: 'experiment', decision: 'no_go', decidedOn: '2016-10-12',
        rationale: 'Het plan heeft nog geen trekker en geen streefwaarde; de leerbedrijven zijn enthousiast maar ' +
          'de begeleiding is niet geregeld.',
        conditions: 'Een trekker aanstellen en een streefwaarde voor het aantal leerwerkplekken vastleggen.' },
    ],
  },
  {
    code: 'MW-14',
    title: 'Sportief meedoen in Weesp',
    summary:
      'Sportverenigingen in Weesp bieden vrijwilligers- en werkervaringsplekken aan deelnemers van dagbesteding, ' +
      'samen met buurtsportcoaches.',
    problem:
      'In Weesp is weinig aanbod tussen dagbesteding en werk; sportverenigingen zoeken juist vrijwilligers.',
    targetGroup: 'Deelnemers aan dagbesteding en bewoners met een afstand tot de arbeidsmarkt in Weesp.',
    phase: 'scenario', previousPhase: null, health: 'on_track',
    startDate: '2016-04-01', plannedEndDate: '2018-06-30', budgetCents: 1_800_000,
    leadOrganisation: 'sportBuurtWeesp', themes: ['buurt'], districts: ['weesp'],
    team: [
      { person: 'karin', role: 'member' },
      { person: 'frank', role: 'member' },
    ],
    milestones: [
      { title: 'Inventarisatie sportaanbod in Weesp', phase: 'scenario',
        due: '2016-05-31', status: 'done', completed: '2016-06-02', owner: 'karin' },
      { title: 'Gesprekken met sportverenigingen', phase: 'scenario',
        due: '2016-10-31', status: 'done', completed: '2016-11-10', owner: 'frank' },
      { title: 'Projectplan voorleggen aan het focusteam', phase: 'scenario',
        due: { daysFromToday: 45 }, status: 'planned', owner: 'karin' },
    ],
    indicators: [
      {
        key: 'mw14-plekken',
        name: 'Aantal deelnemers met een plek bij een sportvereniging',
        definition: 'Deelnemers die in het kwartaal als vrijwilliger of op een werkervaringsplek bij een ' +
          'sportvereniging beginnen.',
        kind: 'output', aspect: 'effectiveness', unit: 'count', direction: 'increase', aggregation: 'sum',
        baseline: { value: 0, date: '2016-06-30' }, target: { value: 40, date: '2017-12-31' },
        dataSource: 'Registratie buurtsportcoaches Weesp',
      },
    ],
    statusUpdates: [],
    decisions: [],
  },
];

export const AGREEMENTS: readonly AgreementSeed[] = [
  {
    project: 'MW-01', organisation: 'kringloopwerf', kind: 'cooperation', status: 'ended',
    title: 'Samenwerkingsovereenkomst werkervaringsplekken De Kringloopwerf',
    signedDate: '2016-03-15', startDate: '2016-04-01', endDate: '2018-12-31',
    commitments: 'De Kringloopwerf biedt tot 40 werkervaringsplekken per jaar en levert opdrachten aan de ' +
      'wijkwerkplaats; De Werkplaats zorgt voor begeleiding op de werkvloer.',
    contributionCents: 1_200_000,
  },
  {
    project: 'MW-01', organisation: 'werkplaats', kind: 'outcome_contract', status: 'active',
    title: 'Resultaatafspraak doorstroom naar betaald werk',
    signedDate: '2016-05-30', startDate: '2016-01-01', endDate: '2019-12-31',
    commitments: 'De gemeente betaalt per deelnemer die doorstroomt naar betaald werk van minimaal 12 uur per ' +
      'week, op basis van door het focusteam goedgekeurde kwartaalmetingen.',
    contributionCents: null,
    outcome: { indicator: 'mw01-betaald-werk', pricePerUnitCents: 250_000, maxPaymentCents: 10_000_000 },
  },
  {
    project: 'MW-01', organisation: 'fonds', kind: 'subsidy', status: 'ended',
    title: 'Subsidie opstartkosten wijkwerkplaats Noord',
    signedDate: '2016-02-10', startDate: '2016-02-15', endDate: '2016-12-31',
    commitments: 'Eenmalige bijdrage voor inrichting en gereedschap van de wijkwerkplaats.',
    contributionCents: 2_500_000,
  },
  {
    project: 'MW-02', organisation: 'ojz', kind: 'subsidy', status: 'active',
    title: 'Subsidie inzet ervaringsdeskundige coaches (drie jaar)',
    signedDate: '2016-04-05', startDate: '2016-04-01', endDate: '2019-06-30',
    commitments: 'Vergoeding, training en intervisie van ervaringsdeskundige coaches.',
    contributionCents: 9_000_000,
  },
  {
    project: 'MW-02', organisation: 'kenniswerkplaats', kind: 'cooperation', status: 'ended',
    title: 'Onderzoeksafspraak effectmeting coaching',
    signedDate: '2016-05-12', startDate: '2016-06-01', endDate: '2017-10-31',
    commitments: 'Mixed-methods effectmeting met studenten; resultaten worden gedeeld met alle teams.',
    contributionCents: 1_800_000,
  },
  {
    project: 'MW-02', organisation: 'wpi', kind: 'outcome_contract', status: 'draft',
    title: 'Resultaatafspraak participatiestappen (concept)',
    signedDate: null, startDate: '2019-01-01', endDate: '2019-12-31',
    commitments: 'Concept: betaling per deelnemer die na drie maanden nog een participatiestap volhoudt.',
    contributionCents: null,
    outcome: { indicator: 'mw02-participatiestap', pricePerUnitCents: 100_000, maxPaymentCents: 4_000_000 },
  },
  {
    project: 'MW-03', organisation: 'wpi', kind: 'covenant', status: 'active',
    title: 'Convenant één route dagbesteding en activering Nieuw-West',
    signedDate: '2016-05-10', startDate: '2016-06-01', endDate: '2018-12-31',
    commitments: 'WPI en het Wmo-loket voeren intakes samen, gebruiken één intakeformulier en delen met ' +
      'toestemming van de deelnemer de benodigde gegevens.',
    contributionCents: 3_000_000,
  },
  {
    project: 'MW-03', organisation: 'atelier', kind: 'letter_of_intent', status: 'signed',
    title: 'Intentieverklaring plaatsing via het gezamenlijke aanmeldpunt',
    signedDate: '2016-11-03', startDate: null, endDate: null,
    commitments: 'Het Atelier neemt aanmeldingen via het aanmeldpunt met voorrang in behandeling.',
    contributionCents: null,
  },
  {
    project: 'MW-04', organisation: 'fonds', kind: 'subsidy', status: 'active',
    title: 'Subsidie inrichting buurtkamers Oost en Weesp',
    signedDate: '2016-04-20', startDate: '2016-05-01', endDate: '2018-06-30',
    commitments: 'Huur en inrichting van twee buurtkamers en de training van vrijwilligers.',
    contributionCents: 3_500_000,
  },
  {
    project: 'MW-04', organisation: 'sportBuurtWeesp', kind: 'cooperation', status: 'negotiating',
    title: 'Samenwerkingsafspraak buurtkamer Weesp',
    signedDate: null, startDate: null, endDate: null,
    commitments: 'Gedeeld gebruik van de ruimte en doorverwijzing naar sportactiviteiten.',
    contributionCents: 400_000,
  },
  {
    project: 'MW-05', organisation: 'stapVerder', kind: 'outcome_contract', status: 'active',
    title: 'Resultaatfinanciering duurzame plaatsingen',
    signedDate: '2016-03-01', startDate: '2016-01-01', endDate: '2019-12-31',
    commitments: 'Stap Verder verzorgt jobcoaching tot twaalf maanden na plaatsing; de gemeente betaalt per ' +
      'kandidaat die zes maanden of langer aan het werk is.',
    contributionCents: null,
    outcome: { indicator: 'mw05-duurzaam-werk', pricePerUnitCents: 300_000, maxPaymentCents: 15_000_000 },
  },
  {
    project: 'MW-05', organisation: 'horeca', kind: 'letter_of_intent', status: 'signed',
    title: 'Werkgeversverklaring Horecaleerbedrijf Het IJ',
    signedDate: '2016-02-11', startDate: null, endDate: null,
    commitments: 'Het IJ stelt jaarlijks acht werkplekken beschikbaar en wijst een vaste werkbegeleider aan.',
    contributionCents: null,
  },
  {
    project: 'MW-05', organisation: 'kringloopwerf', kind: 'covenant', status: 'active',
    title: 'Convenant Werkgeverspact Meedoen',
    signedDate: '2016-02-11', startDate: '2016-03-01', endDate: '2019-12-31',
    commitments: 'Aangesloten werkgevers melden werkplekken bij het netwerk en nemen deel aan de kwartaalpeiling.',
    contributionCents: null,
  },
  {
    project: 'MW-06', organisation: 'ojz', kind: 'procurement', status: 'active',
    title: 'Inkoopafspraak vaste contactpersoon (pilot)',
    signedDate: '2016-06-20', startDate: '2016-07-01', endDate: '2018-12-31',
    commitments: 'Financiering van extra uren voor contactpersonen die deelnemers over overgangen heen volgen.',
    contributionCents: 6_000_000,
  },
  {
    project: 'MW-06', organisation: 'werkplaats', kind: 'cooperation', status: 'signed',
    title: 'Overdrachtsprotocol bij overgangen',
    signedDate: '2017-08-30', startDate: '2017-09-01', endDate: null,
    commitments: 'De aanbieder nodigt de vaste contactpersoon uit bij het eerste en laatste gesprek.',
    contributionCents: null,
  },
  {
    project: 'MW-07', organisation: 'ojz', kind: 'procurement', status: 'terminated',
    title: 'Pilotafspraak participatiebudget op maat',
    signedDate: '2016-04-01', startDate: '2016-04-01', endDate: '2017-06-30',
    commitments: 'Toekenning van gecombineerde budgetten binnen de pilot; beëindigd na het stopbesluit.',
    contributionCents: 4_000_000,
  },
  {
    project: 'MW-07', organisation: 'atelier', kind: 'letter_of_intent', status: 'terminated',
    title: 'Intentieverklaring aanbod op maat',
    signedDate: '2016-03-20', startDate: null, endDate: null,
    commitments: 'Het Atelier ontwikkelt losse modules die met een budget ingekocht kunnen worden.',
    contributionCents: null,
  },
  {
    project: 'MW-08', organisation: 'fonds', kind: 'subsidy', status: 'active',
    title: 'Subsidie ondersteuning mantelzorgers',
    signedDate: '2016-03-30', startDate: '2016-04-01', endDate: '2018-12-31',
    commitments: 'Gespreksleidraad, scholing van wijkteams en lotgenotenbijeenkomsten voor mantelzorgers.',
    contributionCents: 2_200_000,
  },
  {
    project: 'MW-08', organisation: 'wijkteamWest', kind: 'cooperation', status: 'negotiating',
    title: 'Samenwerkingsafspraak mantelzorger bij het participatieplan',
    signedDate: null, startDate: null, endDate: null,
    commitments: 'Overname van de gespreksleidraad door het wijkteam, als voorbereiding op verdere uitrol.',
    contributionCents: null,
  },
  {
    project: 'MW-09', organisation: 'kenniswerkplaats', kind: 'cooperation', status: 'active',
    title: 'Samenwerkingsovereenkomst kennissessies',
    signedDate: '2016-06-15', startDate: '2016-07-01', endDate: '2018-06-30',
    commitments: 'De Kenniswerkplaats levert sprekers en evalueert de sessies; Buurtwerk Noord organiseert.',
    contributionCents: 800_000,
  },
  {
    project: 'MW-10', organisation: 'wpi', kind: 'covenant', status: 'draft',
    title: 'Conceptconvenant vrijwilligerswerk met behoud van uitkering',
    signedDate: null, startDate: null, endDate: null,
    commitments: 'Eén toestemmingsformulier, afhandeling binnen twee weken en geen korting bij vrijwilligerswerk ' +
      'binnen de afgesproken uren.',
    contributionCents: null,
  },
  {
    project: 'MW-12', organisation: 'ojz', kind: 'letter_of_intent', status: 'negotiating',
    title: 'Intentieverklaring ervaringsdeskundigen in beleidstrajecten',
    signedDate: null, startDate: null, endDate: null,
    commitments: 'OJZ betrekt in twee beleidstrajecten vanaf de start ervaringsdeskundigen, tegen vergoeding.',
    contributionCents: 600_000,
  },
];

export const LESSONS: readonly LessonSeed[] = [
  { project: 'MW-01', kind: 'obstacle', theme: 'zorgwerk', date: '2017-07-14',
    text: 'Deelnemers stellen de stap naar betaald werk uit omdat hun indicatie voor dagbesteding vervalt zodra ' +
      'ze werken. Angst voor terugval zonder vangnet weegt zwaarder dan de wens om te werken.' },
  { project: 'MW-01', kind: 'solution', theme: 'wmo', date: '2017-10-02',
    text: 'Een terugvalafspraak – een half jaar recht houden op dagbesteding na de start van betaald werk – maakte ' +
      'de stap voor deelnemers en begeleiders overzichtelijk.' },
  { project: 'MW-02', kind: 'insight', theme: 'ervaring', date: '2017-10-20',
    text: 'Herkenning door iemand die het zelf heeft meegemaakt is voor deelnemers de belangrijkste reden om door ' +
      'te gaan. Aandacht voor mensen maakt het verschil.' },
  { project: 'MW-02', kind: 'obstacle', theme: 'ervaring', date: '2018-07-05',
    text: 'Ervaringsdeskundige coaches lopen zelf risico op overbelasting; zonder intervisie en een vangnet bij ' +
      'uitval ontstaan direct wachttijden.' },
  { project: 'MW-03', kind: 'obstacle', theme: 'wmo', date: '2016-10-12',
    text: 'Twee regelingen, twee intakes: deelnemers vertellen hun verhaal meerdere keren. In de vertaling van de ' +
      'geest van de wet naar werkinstructies is veel ruimte verloren gegaan.' },
  { project: 'MW-03', kind: 'solution', theme: 'samenwerking', date: '2017-04-18',
    text: 'Het duo-gesprek van een WPI-consulent en een Wmo-consulent kost per intake iets meer tijd, maar ' +
      'bespaart later veel overleg en voorkomt dat mensen afhaken.' },
  { project: 'MW-03', kind: 'insight', theme: 'wmo', date: '2017-07-12',
    text: 'Een wachtlijst die oploopt kan betekenen dat de toegang beter werkt: mensen die eerder afhaakten ' +
      'melden zich nu wél. Kijk naar doorlooptijd én wachtlijst samen.' },
  { project: 'MW-04', kind: 'solution', theme: 'buurt', date: '2017-09-30',
    text: 'Een taak krijgen bij binnenkomst – koffie zetten, de planten, de agenda – werkt beter dan een ' +
      'activiteitenaanbod. Mensen komen terug omdat ze nodig zijn.' },
  { project: 'MW-04', kind: 'obstacle', theme: 'relationeel', date: '2016-12-20',
    text: 'Een buurtkamer zonder toegankelijke ruimte is geen opstap: de opening in Weesp liep een kwartaal vertraging ' +
      'op door een ontbrekende lift.' },
  { project: 'MW-05', kind: 'obstacle', theme: 'zorgwerk', date: '2017-09-20',
    text: 'Plaatsingen houden geen zes maanden stand als de jobcoaching stopt op de eerste werkdag. Juist in de ' +
      'eerste maanden schuurt het.' },
  { project: 'MW-05', kind: 'solution', theme: 'samenwerking', date: '2018-03-14',
    text: 'Jobcoaching tot twaalf maanden na plaatsing en één vast aanspreekpunt voor de werkgever verdubbelden ' +
      'het aantal duurzame plaatsingen.' },
  { project: 'MW-05', kind: 'insight', theme: 'zorgwerk', date: '2018-10-04',
    text: 'Betalen wat werkt vraagt om goedgekeurde metingen die werkgevers en gemeente allebei vertrouwen; ' +
      'zonder die basis wordt elke verantwoording een discussie.' },
  { project: 'MW-06', kind: 'insight', theme: 'relationeel', date: '2017-01-16',
    text: 'Deelnemers met een vaste contactpersoon bellen eerder als het misgaat. Zo wordt een dreigende terugval ' +
      'een gesprek in plaats van een crisis.' },
  { project: 'MW-06', kind: 'obstacle', theme: 'samenwerking', date: '2017-06-30',
    text: 'Niet iedere aanbieder wil een externe contactpersoon aan tafel bij het eerste gesprek; er is angst dat ' +
      'die over het werk van de begeleider gaat oordelen.' },
  { project: 'MW-07', kind: 'obstacle', theme: 'wmo', date: '2017-05-17',
    text: 'Eén budget voor Wmo en Participatiewet leidt binnen de huidige verordeningen tot dubbele beschikkingen ' +
      'en hogere kosten. Dit vraagt om een aanpassing van de regels, niet om een experiment.' },
  { project: 'MW-07', kind: 'insight', theme: 'wmo', date: '2017-06-01',
    text: 'Een gestopt experiment levert ook kennis op: de knelpunten in de verordeningen zijn nu concreet en ' +
      'meegegeven aan de herziening.' },
  { project: 'MW-08', kind: 'obstacle', theme: 'buurt', date: '2017-05-12',
    text: 'Wijkteams vergeten de mantelzorger uit te nodigen, omdat hun werkproces op de individuele cliënt is ' +
      'ingericht.' },
  { project: 'MW-08', kind: 'solution', theme: 'relationeel', date: '2018-06-28',
    text: 'Vraag de mantelzorger in het eerste gesprek zelf wat hij of zij nodig heeft om de stap van de naaste ' +
      'te kunnen steunen; respijtzorg is vaak belangrijker dan informatie.' },
  { project: 'MW-09', kind: 'insight', theme: 'samenwerking', date: '2017-03-16',
    text: 'Het besef dat je onmogelijk alles zelf kunt weten opent het gesprek. Professionals vullen elkaars ' +
      'informatie aan en maken ter plekke vervolgafspraken.' },
  { project: 'MW-09', kind: 'solution', theme: 'samenwerking', date: '2016-09-22',
    text: 'Werken met een eigen casus en een procesbegeleider van buiten de zorg houdt de sessie beschouwend: ' +
      'niet meteen willen oplossen, maar eerst samen kijken.' },
  { project: 'MW-11', kind: 'insight', theme: 'samenwerking', date: '2016-09-14',
    text: 'Nog een eigen overzicht maakt het aanbod niet overzichtelijker. Aansluiten bij een bestaand platform ' +
      'bereikt meer professionals.' },
  { project: 'MW-12', kind: 'obstacle', theme: 'ervaring', date: '2016-05-02',
    text: 'Ervaringsdeskundigen worden pas gevraagd als het concept er al ligt; zonder vergoeding blijft hun ' +
      'inzet vrijblijvend.' },
];
