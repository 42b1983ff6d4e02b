import type { ContractSchedule, GateDecision, Phase, QuarterPayment } from '@lab/domain';
import { assembleReport, assembleReportInTurns, type ReportRows } from './assemble-report';
import type { AgreementRow, DecisionRow, IndicatorRow } from './report-queries';

// The report of 2016-Q3 (ended: milestones are judged on 1 October) for a lab of two projects, from rows
// made by hand: every figure below is counted from these rows.
const AT = {
  period: '2016-Q3', quarterStart: '2016-07-01', quarterEnd: '2016-09-30', asOf: '2016-10-01', generatedAt: '2016-10-05T08:00:00.000Z',
};

const indicator = (over: Partial<IndicatorRow> & Pick<IndicatorRow, 'id' | 'projectId' | 'name'>): IndicatorRow => ({
  kind: 'outcome', unit: 'count', direction: 'increase', aggregation: 'sum', baseline: 0, baselineDate: '2016-01-01',
  target: 100, targetDate: '2016-12-31', measurementId: null, status: null, value: null, submittedAt: null,
  previousValue: null, approved: null, parts: null, dimensionIds: [], ...over,
});

const decision = (
  id: number, fromPhase: Phase, toPhase: Phase, verdict: GateDecision, on: string, rationale: string, conditions: string | null = null,
): DecisionRow => ({
  id, projectId: 1, fromPhase, toPhase, decision: verdict, decidedAt: new Date(`${on}T10:00:00Z`), decidedOn: on, decidedByName: 'Focus',
  rationale, conditions,
});

const agreement = (over: Partial<AgreementRow> & Pick<AgreementRow, 'id' | 'projectId' | 'title' | 'kind' | 'status'>): AgreementRow => ({
  organisationId: 5, organisationName: 'Stichting', signedDate: null, startDate: null, endDate: null, contributionCents: null, ...over,
});

const payment = (period: string, dueCents: number, paidToDateCents: number): QuarterPayment => ({
  period, figure: null, outcome: 0, unitsPaidBefore: 0, units: 0, dueCents, paidToDateCents,
} as QuarterPayment);

const contract = (over: Partial<ContractSchedule>): ContractSchedule => ({
  agreementId: 30, title: 'Resultaatafspraak', projectId: 1, projectCode: 'MW-01', indicatorId: 11, indicatorName: 'Aan het werk',
  pricePerUnitCents: 2500, maxPaymentCents: 10_000, from: '2016-Q2', rows: [], paidToDateCents: 0, remainingCents: 10_000, ...over,
});

const ROWS: ReportRows = {
  lab: { id: 1, name: 'Participatielab', city: 'Amsterdam', smallNumberThreshold: 5 },
  projects: [
    { id: 1, code: 'MW-01', title: 'Werk als medicijn', phase: 'rollout', health: 'at_risk' },
    { id: 2, code: 'MW-02', title: 'Buurtkamers', phase: 'scenario', health: 'off_track' },
  ],
  decisions: [
    decision(1, 'scenario', 'experiment', 'go', '2016-02-01', 'Klaar'),
    decision(2, 'experiment', 'rollout', 'no_go', '2016-08-15', 'Te vroeg', 'Meer data'),
    decision(3, 'experiment', 'rollout', 'go', '2016-11-10', 'Nu wel'),
  ],
  statuses: [{ projectId: 1, health: 'on_track', narrative: 'Goed kwartaal.', submittedAt: new Date('2016-10-02T09:00:00Z') }],
  milestones: [
    { id: 1, projectId: 1, title: 'Start', phase: 'experiment', dueDate: '2016-05-01', status: 'in_progress', completedDate: null },
    { id: 2, projectId: 1, title: 'Werving', phase: 'experiment', dueDate: '2016-08-01', status: 'done', completedDate: '2016-07-20' },
    { id: 3, projectId: 1, title: 'Evaluatie', phase: 'experiment', dueDate: '2016-09-01', status: 'planned', completedDate: null },
  ],
  indicators: [
    indicator({
      id: 11, projectId: 1, name: 'Aan het werk', measurementId: 41, status: 'approved', value: 40, previousValue: 30, approved: [30, 40],
    }),
    indicator({
      id: 12, projectId: 1, name: 'Tevredenheid', unit: 'percent', aggregation: 'latest', baseline: null, baselineDate: null, target: null,
      targetDate: null, measurementId: 42, status: 'submitted', submittedAt: new Date('2016-10-03T12:00:00Z'), approved: [55],
    }),
    indicator({ id: 21, projectId: 2, name: 'Bezoekers', target: 100, approved: [10] }),
  ],
  dimensions: [],
  revisions: [
    { id: 7, indicatorId: 11, oldValue: 100, newValue: 80, oldDate: '2016-12-31', newDate: '2016-12-31', effectiveFrom: '2016-Q3',
      reason: 'Bijgesteld' },
  ],
  agreements: [
    agreement({ id: 31, projectId: 1, title: 'Convenant', kind: 'covenant', status: 'signed', signedDate: '2016-08-01', contributionCents: 100_000 }),
    agreement({ id: 32, projectId: 2, title: 'Samenwerking', kind: 'cooperation', status: 'active', signedDate: '2015-01-01', startDate: '2015-02-01' }),
  ],
  schedules: [
    contract({ rows: [payment('2016-Q2', 500, 500), payment('2016-Q3', 250, 750)], paidToDateCents: 750, remainingCents: 9250 }),
    contract({ agreementId: 33, projectId: 2, projectCode: 'MW-02', indicatorId: 21, from: null, maxPaymentCents: 5000, remainingCents: 5000 }),
  ],
  themes: [],
  evidence: { definitions: [], adopting: new Map() },
};

describe('assembleReport', () => {
  const report = assembleReport(ROWS, AT);
  const [a, b] = report.projects;

  it('counts the lab-wide totals from the rows', () => {
    expect(report.totals).toEqual({
      projects: 2,
      projectsByPhase: { scenario: 1, experiment: 1, rollout: 0, stopped: 0 },
      projectsByHealth: { on_track: 1, at_risk: 0, off_track: 1 },
      decisions: 1,
      milestones: { due: 2, done: 1, doneOnTime: 1, overdue: 2, shareOnTime: 0.5 },
      indicators: { total: 3, withTarget: 2, withValue: 1, onTrack: 1, behind: 1, pending: 1 },
      payments: { dueCents: 250, paidToDateCents: 750, maxPaymentCents: 10_000 },
      pendingMeasurements: 1,
    });
    expect(report).toMatchObject({ ...AT, lab: ROWS.lab });
  });

  it('gives each project the phase it had at the end of the quarter and the health of its status update', () => {
    expect(report.projects.map((p) => [p.code, p.phase, p.currentPhase, p.health])).toEqual([
      ['MW-01', 'experiment', 'rollout', 'on_track'],
      ['MW-02', 'scenario', 'scenario', 'off_track'],
    ]);
    expect(a!.decisions).toEqual([{
      id: 2, fromPhase: 'experiment', toPhase: 'rollout', decision: 'no_go', decidedAt: '2016-08-15T10:00:00.000Z',
      decidedByName: 'Focus', rationale: 'Te vroeg', conditions: 'Meer data',
    }]);
    expect(a!.statusUpdate).toEqual({ health: 'on_track', narrative: 'Goed kwartaal.', submitted: true, submittedAt: '2016-10-02T09:00:00.000Z' });
    expect(b!.statusUpdate).toBeNull();
  });

  it('judges milestones on asOf', () => {
    expect(a!.milestones.items.map((m) => [m.id, m.dueInQuarter, m.doneInQuarter, m.onTime, m.overdue])).toEqual([
      [1, false, false, false, true],
      [2, true, true, true, false],
      [3, true, false, false, true],
    ]);
    expect(b!.milestones).toEqual({ due: 0, done: 0, doneOnTime: 0, overdue: 0, items: [] });
  });

  it('measures each indicator against the target in force in the quarter', () => {
    const [revised, pending] = a!.indicators;
    // 70 of the revised 80; a linear course from 1 January to 31 December 2016 is at 273/365 on 30 September.
    expect(revised).toMatchObject({
      id: 11, target: 80, targetRevised: true, value: 40, previousValue: 30, change: 10, figure: 70, progress: 0.875,
      expected: 0.7479, onTrack: true, targetMet: false, status: 'approved', pending: false,
      targetRevision: { id: 7, oldValue: 100, newValue: 80, effectiveFrom: '2016-Q3', reason: 'Bijgesteld' },
    });
    expect(pending).toMatchObject({
      id: 12, target: null, value: null, figure: 55, progress: null, onTrack: null, pending: true, targetRevision: null,
    });
    expect(b!.indicators[0]).toMatchObject({ id: 21, target: 100, value: null, figure: 10, progress: 0.1, onTrack: false });
    expect(report.pending).toEqual([{
      measurementId: 42, projectId: 1, projectCode: 'MW-01', indicatorId: 12, indicatorName: 'Tevredenheid', period: '2016-Q3',
      status: 'submitted', submittedAt: '2016-10-03T12:00:00.000Z',
    }]);
  });

  it('lists agreements without their project id, marking those signed in the quarter', () => {
    expect(a!.agreements).toEqual([expect.objectContaining({ id: 31, organisationName: 'Stichting', signedInQuarter: true })]);
    expect(b!.agreements).toEqual([expect.objectContaining({ id: 32, signedInQuarter: false })]);
    expect(a!.agreements[0]).not.toHaveProperty('projectId');
  });

  it("takes each contract's row of the quarter as its payment, under its project", () => {
    const row = { agreementId: 30, projectId: 1, projectCode: 'MW-01', from: '2016-Q2', period: '2016-Q3', dueCents: 250, paidToDateCents: 750 };
    expect(report.payments).toEqual([expect.objectContaining(row)]);
    expect(a!.payments).toEqual(report.payments);
    expect(b!.payments).toEqual([]);
  });

  it('hides a count below the lab\'s threshold, what gives it away, and small cells of a breakdown', () => {
    const dimension = { id: 5, key: 'doelgroep', name: 'Doelgroep', values: [{ code: 'jong', label: 'Jong' }, { code: 'midden', label: 'Midden' }, { code: 'oud', label: 'Oud' }] };
    const rows = {
      ...ROWS, dimensions: [dimension],
      indicators: [
        indicator({ id: 31, projectId: 1, name: 'Klein', status: 'approved', value: 3, previousValue: 2, approved: [2, 3] }),
        indicator({ id: 32, projectId: 1, name: 'Uitgesplitst', status: 'approved', value: 30, approved: [30], dimensionIds: [5], parts: { doelgroep: { jong: 2, midden: 10, oud: 18 } } }),
      ],
    };
    const [klein, split] = assembleReport(rows, AT).projects[0].indicators;
    // The quarters' 2 and 3 are hidden; their sum of 5, the overall figure, is not small.
    expect(klein).toMatchObject({ value: null, previousValue: null, change: null, figure: 5, progress: 0.05, baseline: 0, target: 100 });
    expect(klein.hidden).toEqual(['value', 'previousValue', 'change']);
    expect(split).toMatchObject({ value: 30, figure: 30, hidden: [] });
    expect(split.breakdown[0].cells.map((c) => c.hidden ?? c.value)).toEqual(['small', 'secondary', 18]);
    // With a threshold of 2 nothing is small.
    const [open] = assembleReport({ ...rows, lab: { ...rows.lab, smallNumberThreshold: 2 } }, AT).projects[0].indicators;
    expect(open).toMatchObject({ value: 3, previousValue: 2, figure: 5, hidden: [] });
  });

  it('is an empty report for a lab without projects', () => {
    const empty = assembleReport({ ...ROWS, projects: [], schedules: [] }, AT);
    expect(empty.projects).toEqual([]);
    expect(empty.totals).toMatchObject({ projects: 0, decisions: 0, milestones: { due: 0, shareOnTime: null }, pendingMeasurements: 0 });
  });

  it('is the same report when assembled in turns with the event loop, for a lab of many projects', async () => {
    // 450 projects: more than two turns' worth. Each copy of the two projects keeps its own rows.
    const copies = Array.from({ length: 225 }, (_, n) => n * 1000);
    const moved = <T extends { projectId: number }>(rows: T[], by: number) => rows.map((r) => ({ ...r, projectId: r.projectId + by }));
    const big: ReportRows = {
      ...ROWS,
      projects: copies.flatMap((by) => ROWS.projects.map((p) => ({ ...p, id: p.id + by, code: `${p.code}-${by}` }))),
      decisions: copies.flatMap((by) => moved(ROWS.decisions, by)),
      milestones: copies.flatMap((by) => moved(ROWS.milestones, by)),
      indicators: copies.flatMap((by) => moved(ROWS.indicators, by).map((i) => ({ ...i, id: i.id + by }))),
      statuses: copies.flatMap((by) => moved(ROWS.statuses, by)),
      agreements: copies.flatMap((by) => moved(ROWS.agreements, by)),
    };
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    const inTurns = await assembleReportInTurns(big, AT);
    clearInterval(counting);
    expect(inTurns).toEqual(assembleReport(big, AT));
    expect(inTurns.totals.projects).toBe(450);
    expect(inTurns.totals.decisions).toBe(225 * report.totals.decisions);
    // The event loop ran between the turns (an interval fires only when the assembly lets it).
    expect(turns).toBeGreaterThan(0);
  });
});
