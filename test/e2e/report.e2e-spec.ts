import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { binary, GOLDEN_QUARTER, type GoldenLab, withGoldenLab } from '../support/golden-lab';
import type { TestApp } from '../support/test-app';

// The quarterly report of the golden lab (test/support/golden-lab.ts) for 2016-Q3, every figure worked
// out by hand. The quarter runs 2016-07-01 … 2016-09-30; it has ended, so milestones are judged on
// 2016-10-01. Expected progress on 2016-09-30 from a baseline date of 2016-01-01:
//   target 2017-12-31: 273 days of 730 = 0.37397… → 0.374   (2016 is a leap year: 366 + 364 days)
//   target 2016-12-31: 273 days of 365 = 0.74794… → 0.7479
// On track when progress ≥ expected − 0.1.

let t: TestApp;
let g: GoldenLab;
withGoldenLab((app, lab) => { t = app; g = lab; });

const url = (extra = '') => `/api/reports/quarterly?lab=${g.lab.id}&quarter=${GOLDEN_QUARTER}${extra}`;
const download = (path: string) => t.http.get(path).buffer(true).parse(binary);
const pdfText = async (pdf: Buffer) =>
  (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\s+/g, ' ');

function expectedReport() {
  const { projects: { a, b, c }, milestones: ms, indicators: i, agreements: ag, decisions, revision, measurements, org } = g;
  const contractRow = {
    agreementId: ag.contract.id, title: 'Resultaatafspraak plaatsingen', projectId: a.id, projectCode: 'GA-01',
    indicatorId: i.i1.id, indicatorName: 'Plaatsingen', pricePerUnitCents: 25_000, maxPaymentCents: 200_000,
    from: '2016-Q2', // start date 2016-04-01
    period: '2016-Q3',
    figure: 12, // sum of approved 3 + 4 + 5 (2016-Q4's 6 lies after the quarter)
    outcome: 12, // 12 − baseline 0
    unitsPaidBefore: 7, // 2016-Q1's 3 was reached before the contract (never paid); 2016-Q2 brought it to 7
    units: 4, // 5 new units, but the cap leaves room for €1,000 / €250 = 4
    dueCents: 100_000, // earned (12 − 3) × 25,000 = 225,000, capped at 200,000, minus 100,000 paid in 2016-Q2
    paidToDateCents: 200_000,
    remainingCents: 0,
    capped: true,
  };
  const milestone = (m: { id: number; title: unknown; dueDate: unknown; status: unknown; completedDate: unknown }, flags: [boolean, boolean, boolean, boolean]) => ({
    id: m.id, title: m.title, phase: 'scenario', dueDate: m.dueDate, status: m.status, completedDate: m.completedDate,
    dueInQuarter: flags[0], doneInQuarter: flags[1], onTime: flags[2], overdue: flags[3],
  });
  const line = (ind: { id: number; name: unknown; kind: unknown; unit: unknown; direction: unknown; aggregation: unknown }, rest: object) => ({
    id: ind.id, name: ind.name, kind: ind.kind, unit: ind.unit, direction: ind.direction, aggregation: ind.aggregation, ...rest,
  });
  return {
    lab: { id: g.lab.id, name: 'Gouden lab', city: 'Amsterdam', smallNumberThreshold: 1 },
    period: '2016-Q3',
    generatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    quarterStart: '2016-07-01',
    quarterEnd: '2016-09-30',
    asOf: '2016-10-01',
    totals: {
      projects: 3,
      projectsByPhase: { scenario: 2, experiment: 1, rollout: 0, stopped: 0 }, // GA-01 went to experiment on 2016-08-15
      projectsByHealth: { on_track: 1, at_risk: 1, off_track: 1 }, // GA-01, GA-02 from their updates; GA-03 its own
      decisions: 2, // GA-01 go, GA-02 no-go
      milestones: {
        due: 4, // M1, M2, M3 (GA-01) + M7 (GA-02); M6 is cancelled, M4 and M5 fall outside
        done: 2, // M1, M2 completed in the quarter (M7 only on 2016-10-05)
        doneOnTime: 1, // M1
        overdue: 3, // M3 (open, due 09-30), M4 (open since 05-31), M7 (done after 10-01)
        shareOnTime: 0.25, // 1 / 4
      },
      indicators: {
        total: 5,
        withTarget: 4, // all but Bereik
        withValue: 2, // Plaatsingen 5, Wachttijd 30
        onTrack: 2, // Plaatsingen 0.6 ≥ 0.274; Wachttijd 0.5 ≥ 0.274
        behind: 2, // Tevredenheid 0.5 < 0.6479; Deelnemers 0.1 < 0.274
        pending: 3, // Tevredenheid submitted, Deelnemers returned, Bereik draft
      },
      payments: { dueCents: 100_000, paidToDateCents: 200_000, maxPaymentCents: 200_000 }, // the 2017 contract has not started
      pendingMeasurements: 3,
    },
    projects: [
      {
        id: a.id, code: 'GA-01', title: 'Werk in de wijk', phase: 'experiment', currentPhase: 'experiment', health: 'on_track',
        decisions: [{
          id: decisions.go.id, fromPhase: 'scenario', toPhase: 'experiment', decision: 'go', decidedAt: '2016-08-15T10:00:00.000Z',
          decidedByName: 'Test admin', rationale: 'Team en doelen staan.', conditions: null,
        }],
        statusUpdate: { health: 'on_track', narrative: 'Vijf plaatsingen dit kwartaal.', submitted: false, submittedAt: null },
        milestones: {
          due: 3, done: 2, doneOnTime: 1, overdue: 2,
          items: [ // by due date; M5 (due 2016-12-31, open) is not in the quarter
            milestone(ms.m4, [false, false, false, true]),
            milestone(ms.m1, [true, true, true, false]),
            milestone(ms.m2, [true, true, false, false]),
            milestone(ms.m3, [true, false, false, true]),
          ],
        },
        indicators: [
          line(i.i1, {
            baseline: 0, baselineDate: '2016-01-01', target: 20, targetDate: '2017-12-31', targetRevised: false, targetRevision: null,
            value: 5, previousValue: 4, change: 1, figure: 12, // 3 + 4 + 5
            progress: 0.6, expected: 0.374, onTrack: true, targetMet: false, status: 'approved', pending: false, hidden: [], breakdown: [], // 12 / 20
          }),
          line(i.i2, {
            // The revision effective from 2016-Q3 replaced 8 by 7.5.
            baseline: 6, baselineDate: '2016-01-01', target: 7.5, targetDate: '2016-12-31', targetRevised: true,
            targetRevision: { id: revision.id, oldValue: 8, newValue: 7.5, effectiveFrom: '2016-Q3', reason: 'Bijgesteld na de nulmeting.' },
            value: null, previousValue: 7, change: null, // 7.3 is only submitted
            figure: 6.75, // average of approved 6.5 and 7
            progress: 0.5, expected: 0.7479, onTrack: false, targetMet: false, status: 'submitted', pending: true, hidden: [], breakdown: [], // (6.75 − 6) / (7.5 − 6)
          }),
        ],
        agreements: [
          {
            id: ag.contract.id, title: 'Resultaatafspraak plaatsingen', kind: 'outcome_contract', status: 'active', organisationId: org.id,
            organisationName: 'Stichting Gouden Kans', signedDate: '2016-03-20', startDate: '2016-04-01', endDate: '2017-12-31',
            contributionCents: null, signedInQuarter: false,
          },
          {
            id: ag.cooperation.id, title: 'Samenwerking werkgevers', kind: 'cooperation', status: 'signed', organisationId: org.id,
            organisationName: 'Stichting Gouden Kans', signedDate: '2016-08-01', startDate: null, endDate: null,
            contributionCents: 50_000, signedInQuarter: true,
          },
        ],
        payments: [contractRow],
      },
      {
        id: b.id, code: 'GA-02', title: 'Korte wachttijd', phase: 'scenario', currentPhase: 'scenario', health: 'at_risk',
        decisions: [{
          id: decisions.noGo.id, fromPhase: 'scenario', toPhase: 'experiment', decision: 'no_go', decidedAt: '2016-09-20T14:30:00.000Z',
          decidedByName: 'Test admin', rationale: 'Eerst een trekker.', conditions: null,
        }],
        statusUpdate: { health: 'at_risk', narrative: 'Wachttijd daalt langzaam.', submitted: false, submittedAt: null },
        milestones: { due: 1, done: 0, doneOnTime: 0, overdue: 1, items: [milestone(ms.m7, [true, false, false, true])] },
        indicators: [
          line(i.i3, {
            baseline: 40, baselineDate: '2016-01-01', target: 20, targetDate: '2017-12-31', targetRevised: false, targetRevision: null,
            value: 30, previousValue: 35, change: -5, figure: 30, // latest
            progress: 0.5, expected: 0.374, onTrack: true, targetMet: false, status: 'approved', pending: false, hidden: [], breakdown: [], // (30 − 40) / (20 − 40)
          }),
          line(i.i4, {
            baseline: 0, baselineDate: '2016-01-01', target: 100, targetDate: '2017-12-31', targetRevised: false, targetRevision: null,
            value: null, previousValue: 10, change: null, figure: 10, // only 2016-Q2 is approved
            progress: 0.1, expected: 0.374, onTrack: false, targetMet: false, status: 'returned', pending: true, hidden: [], breakdown: [],
          }),
        ],
        agreements: [], // the covenant ended 2016-06-30; the wage contract starts 2017-01-01
        payments: [],
      },
      {
        id: c.id, code: 'GA-03', title: 'Bereik in beeld', phase: 'scenario', currentPhase: 'scenario', health: 'off_track',
        decisions: [],
        statusUpdate: null,
        milestones: { due: 0, done: 0, doneOnTime: 0, overdue: 0, items: [] },
        indicators: [
          line(i.i5, {
            baseline: null, baselineDate: null, target: null, targetDate: null, targetRevised: false, targetRevision: null,
            value: null, previousValue: null, change: null, figure: null,
            progress: null, expected: null, onTrack: null, targetMet: false, status: 'draft', pending: true, hidden: [], breakdown: [],
          }),
        ],
        agreements: [], // still negotiating
        payments: [],
      },
    ],
    payments: [contractRow],
    pending: [
      { measurementId: measurements.i2q3.id, projectId: a.id, projectCode: 'GA-01', indicatorId: i.i2.id, indicatorName: 'Tevredenheid', period: '2016-Q3', status: 'submitted', submittedAt: expect.any(String) },
      { measurementId: measurements.i4q3.id, projectId: b.id, projectCode: 'GA-02', indicatorId: i.i4.id, indicatorName: 'Deelnemers', period: '2016-Q3', status: 'returned', submittedAt: expect.anything() },
      { measurementId: measurements.i5q3.id, projectId: c.id, projectCode: 'GA-03', indicatorId: i.i5.id, indicatorName: 'Bereik', period: '2016-Q3', status: 'draft', submittedAt: null },
    ],
    // The golden lab's indicators adopt no shared definition: nothing to compare (test/e2e/report-evidence.e2e-spec.ts has it).
    evidence: [],
    // No quarter of the lab is closed: nothing corrected (test/e2e/quarter-closing.e2e-spec.ts has them).
    corrections: { since: null, total: 0, items: [], paymentDifferenceCents: 0 },
  };
}

describe('GET /api/reports/quarterly (golden lab, 2016-Q3)', () => {
  it('answers the hand-computed report exactly', async () => {
    const res = await t.http.get(url());
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expectedReport());
  });

  it('is readable by the focus team and project members too', async () => {
    for (const role of ['focus_team', 'project_member']) {
      const email = `${role}@report.example`;
      await t.http.post('/api/users').send({ email, name: role, role, password: 'a-long-password', active: true }).expect(201);
      const http = await t.as(email, 'a-long-password');
      expect((await http.get(url())).status).toBe(200);
    }
  });

  it('XLSX: a sheet per section whose numbers read back as the JSON figures', async () => {
    const report = (await t.http.get(url())).body;
    const res = await download(url('&format=xlsx'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="kwartaalrapportage-${g.lab.id}-2016-Q3.xlsx"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      ['Samenvatting', 'Projecten', 'Besluiten', 'Indicatoren', 'Uitsplitsing', 'Mijlpalen', 'Overeenkomsten', 'Betalingen', 'Openstaand', 'Wat werkt per thema', 'Wat werkt totalen'],
    );
    const rows = (name: string) => {
      const ws = wb.getWorksheet(name)!;
      const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
      const out: Record<string, unknown>[] = [];
      ws.eachRow((row, n) => {
        if (n === 1) return;
        const v = (row.values as unknown[]).slice(1);
        out.push(Object.fromEntries(header.map((h, k) => [h, v[k] ?? null])));
      });
      return out;
    };

    // Samenvatting: every figure with the JSON field it comes from; money in euros.
    const get = (path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], report);
    const summary = rows('Samenvatting').filter((r) => String(r.Veld).startsWith('totals.'));
    expect(summary.length).toBeGreaterThan(20);
    for (const r of summary) {
      const field = String(r.Veld);
      const expected = get(field);
      expect([field, field.endsWith('Cents') ? Math.round((r.Waarde as number) * 100) : r.Waarde]).toEqual([field, expected]);
      if (expected !== null) expect(typeof r.Waarde).toBe(typeof expected); // numbers stay numbers
    }

    const lines = report.projects.flatMap((p: { indicators: object[] }) => p.indicators);
    expect(rows('Indicatoren').map((r) => [r['Indicator-id'], r.Basis, r.Streefwaarde, r['Waarde dit kwartaal'], r['Vorig kwartaal'], r.Verschil, r.Stand, r.Voortgang]))
      .toEqual(lines.map((l: Record<string, unknown>) => [l.id, l.baseline, l.target, l.value, l.previousValue, l.change, l.figure, l.progress]));
    expect(rows('Betalingen').map((r) => [r['Afspraak-id'], Math.round((r['Te betalen dit kwartaal'] as number) * 100), Math.round((r['Betaald tot en met dit kwartaal'] as number) * 100), r['Nieuwe eenheden']]))
      .toEqual([[g.agreements.contract.id, 100_000, 200_000, 4]]);
    expect(rows('Mijlpalen')).toHaveLength(5);
    expect(rows('Openstaand').map((r) => r['Meting-id'])).toEqual(report.pending.map((p: { measurementId: number }) => p.measurementId));
    expect(rows('Projecten').map((r) => [r.Code, r['Mijlpalen te halen'], r['Te laat']])).toEqual([['GA-01', 3, 2], ['GA-02', 1, 1], ['GA-03', 0, 0]]);
  });

  it('CSV for Dutch Excel (the default): semicolons, a BOM, Dutch headings and words, decimal commas, euros', async () => {
    const res = await download(url('&format=csv'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="kwartaalrapportage-${g.lab.id}-2016-Q3.csv"`);
    const text = (res.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Onderdeel;Projectcode;Project;Id;Naam;Veld;Waarde');
    expect(lines).toContain('Totalen;;;;Gouden lab;Resultaatbetaling dit kwartaal (euro);1000,00');
    expect(lines).toContain('Totalen;;;;Gouden lab;Aandeel mijlpalen op tijd;25%');
    expect(lines).toContain(`Indicator;GA-01;Werk in de wijk;${g.indicators.i2.id};Tevredenheid;Stand;6,75`);
    expect(lines).toContain(`Indicator;GA-01;Werk in de wijk;${g.indicators.i2.id};Tevredenheid;Streefwaarde herzien;ja`);
    expect(lines).toContain(`Resultaatbetaling;GA-01;Werk in de wijk;${g.agreements.contract.id};Resultaatafspraak plaatsingen;Te betalen dit kwartaal (euro);1000,00`);
    expect(lines).toContain(`Openstaande meting;GA-03;Bereik in beeld;${g.measurements.i5q3.id};Bereik;Status;Concept`);
  });

  it('CSV for other systems (dialect=machine): one flat RFC 4180 table with a BOM and plain numbers', async () => {
    const res = await download(url('&format=csv&dialect=machine'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="kwartaalrapportage-${g.lab.id}-2016-Q3-machine.csv"`);
    const text = (res.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('section,projectCode,projectTitle,itemId,item,field,value');
    expect(lines).toContain('totals,,,,Gouden lab,payments.dueCents,100000');
    expect(lines).toContain('totals,,,,Gouden lab,milestones.shareOnTime,0.25');
    expect(lines).toContain(`indicator,GA-01,Werk in de wijk,${g.indicators.i2.id},Tevredenheid,figure,6.75`);
    expect(lines).toContain(`indicator,GA-01,Werk in de wijk,${g.indicators.i2.id},Tevredenheid,targetRevised,true`);
    expect(lines).toContain(`payment,GA-01,Werk in de wijk,${g.agreements.contract.id},Resultaatafspraak plaatsingen,dueCents,100000`);
    expect(lines).toContain(`pending,GA-03,Bereik in beeld,${g.measurements.i5q3.id},Bereik,status,draft`);
  });

  it('PDF: A4, in Dutch, with the key figures in its text', async () => {
    const res = await download(url('&format=pdf'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="kwartaalrapportage-${g.lab.id}-2016-Q3.pdf"`);
    const doc = await getDocumentProxy(new Uint8Array(res.body as Buffer));
    const page = await doc.getPage(1);
    expect(page.view.map(Math.round)).toEqual([0, 0, 595, 842]); // A4 in points
    const text = (await pdfText(res.body as Buffer)).replace(/\u00a0/g, ' ');
    for (const s of [
      'Kwartaalrapportage', 'Gouden lab', 'Derde kwartaal 2016', '1 juli 2016 t/m 30 september 2016',
      '3 metingen van dit kwartaal zijn nog niet goedgekeurd', // the pending warning
      '25 %', // milestones on time
      '€ 1.000,00', '€ 2.000,00', '€ 250,00', // due, paid to date, price per unit
      'GA-01', 'Werk in de wijk', 'GA-02', 'GA-03', 'Plaatsingen', 'Tevredenheid', 'Wachttijd', 'Bereik',
      'Streefwaarde herzien per 2016-Q3: van 8 naar 7,5', '6,75', 'Openstaande metingen', 'Teruggestuurd', 'Pagina 1 van',
    ]) expect(text).toContain(s);
  });
});

describe('GET /api/reports/payments', () => {
  it('answers each outcome contract\'s schedule and the dues per quarter', async () => {
    const res = await t.http.get(`/api/reports/payments?lab=${g.lab.id}&through=2017-Q4`);
    expect(res.status).toBe(200);
    expect(res.body.labId).toBe(g.lab.id);
    expect(res.body.through).toBe('2017-Q4');
    const [placements, waiting] = res.body.contracts;
    expect(placements).toMatchObject({
      agreementId: g.agreements.contract.id, projectCode: 'GA-01', indicatorName: 'Plaatsingen', from: '2016-Q2',
      pricePerUnitCents: 25_000, maxPaymentCents: 200_000, paidToDateCents: 200_000, remainingCents: 0,
    });
    // 2016-Q2: (7 − 3) × €250 = €1,000; 2016-Q3: capped at the €2,000 maximum; afterwards nothing is left.
    expect(placements.rows.map((r: { period: string; dueCents: number }) => [r.period, r.dueCents])).toEqual([
      ['2016-Q2', 100_000], ['2016-Q3', 100_000], ['2016-Q4', 0], ['2017-Q1', 0], ['2017-Q2', 0], ['2017-Q3', 0], ['2017-Q4', 0],
    ]);
    // Waiting time 30 days was reached before the contract began in 2017-Q1: never paid.
    expect(waiting).toMatchObject({ agreementId: g.agreements.future.id, from: '2017-Q1', paidToDateCents: 0, remainingCents: 100_000 });
    expect(waiting.rows).toHaveLength(4);
    expect(res.body.totalPaidToDateCents).toBe(200_000);
    expect(res.body.dueByQuarter).toEqual([
      { period: '2016-Q2', dueCents: 100_000 }, { period: '2016-Q3', dueCents: 100_000 }, { period: '2016-Q4', dueCents: 0 },
      { period: '2017-Q1', dueCents: 0 }, { period: '2017-Q2', dueCents: 0 }, { period: '2017-Q3', dueCents: 0 }, { period: '2017-Q4', dueCents: 0 },
    ]);
  });

  it('runs through the last ended quarter by default', async () => {
    const res = await t.http.get(`/api/reports/payments?lab=${g.lab.id}`);
    expect(res.status).toBe(200);
    expect(res.body.through).toMatch(/^\d{4}-Q[1-4]$/);
    expect(res.body.totalPaidToDateCents).toBe(200_000);
  });
});

describe('bad requests', () => {
  it.each([
    ['', ['lab', 'quarter']],
    ['?lab=abc&quarter=2016-Q3', ['lab']],
    ['?lab=0&quarter=2016-Q3', ['lab']],
    ['?lab=99999999999&quarter=2016-Q3', ['lab']],
    ['?lab=1&lab=2&quarter=2016-Q3', ['lab']],
    ['?lab=1&quarter=2016-Q5', ['quarter']],
    ['?lab=1&quarter=16-Q3', ['quarter']],
    ['?lab=1&quarter=2016-Q3&format=docx', ['format']],
  ])('GET /api/reports/quarterly%s answers 400 naming %j', async (query, fields) => {
    const res = await t.http.get(`/api/reports/quarterly${query}`);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(fields);
    expect(res.body.message).toEqual(expect.any(String));
  });

  it('answers 400 for a bad lab or through of the payments, and for bad versions queries', async () => {
    expect((await t.http.get('/api/reports/payments?lab=1&through=2017-Q9')).body.errors).toEqual({ through: expect.any(String) });
    expect((await t.http.get('/api/reports/payments')).body.errors).toEqual({ lab: expect.any(String) });
    expect((await t.http.get('/api/reports/quarterly/versions?lab=1')).body.errors).toEqual({ quarter: expect.any(String) });
    expect((await t.http.get('/api/reports/quarterly/versions/1?format=pdfx')).body.errors).toEqual({ format: expect.any(String) });
    expect((await t.http.get('/api/reports/quarterly/versions/abc')).status).toBe(400);
  });

  it('answers 404 for an unknown lab or frozen version', async () => {
    expect((await t.http.get('/api/reports/quarterly?lab=999999&quarter=2016-Q3')).status).toBe(404);
    expect((await t.http.get('/api/reports/quarterly?lab=999999&quarter=2016-Q3&format=pdf')).status).toBe(404);
    expect((await t.http.get('/api/reports/payments?lab=999999')).status).toBe(404);
    expect((await t.http.get('/api/reports/quarterly/versions?lab=999999&quarter=2016-Q3')).status).toBe(404);
    expect((await t.http.get('/api/reports/quarterly/versions/999999?format=pdf')).status).toBe(404);
    expect((await t.http.post('/api/reports/quarterly/freeze').send({ lab: 999999, quarter: '2016-Q3' })).status).toBe(404);
  });

  it('refuses a bad freeze body with 400 per field', async () => {
    const res = await t.http.post('/api/reports/quarterly/freeze').send({ lab: 'x', quarter: '2016-Q7', extra: 1 });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['extra', 'lab', 'quarter']);
  });

  it('needs sign-in', async () => {
    expect((await t.anonymous.get(url())).status).toBe(401);
    expect((await t.anonymous.post('/api/reports/quarterly/freeze').send({ lab: g.lab.id, quarter: GOLDEN_QUARTER })).status).toBe(401);
  });
});
