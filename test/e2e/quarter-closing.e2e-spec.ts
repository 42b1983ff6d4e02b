import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { parseCsv } from '../support/csv';
import { binary, sha256, type GoldenLab, withGoldenLab } from '../support/golden-lab';
import type { Http, TestApp } from '../support/test-app';

// Closing a quarter: freezing the council's version of 2016-Q2 closes it. Reopening an approved value of it is
// an administrator's correction with a reason, on record against the frozen version; the next quarter's report
// lists it in every format with old → new and the effect on the outcome payment; the frozen bytes never change;
// the frozen version's page says what changed since.

let t: TestApp;
let g: GoldenLab;
withGoldenLab((app, lab) => { t = app; g = lab; });

const CLOSED = '2016-Q2';
const NEXT = '2016-Q3';
const FORMATS = ['json', 'pdf', 'xlsx', 'csv'] as const;
const REASON = 'Dubbeltelling: twee plaatsingen stonden ook bij GA-02.';
const download = (id: number, format: string) => t.http.get(`/api/reports/quarterly/versions/${id}?format=${format}`).buffer(true).parse(binary);
const nextFile = (format: string) => t.http.get(`/api/reports/quarterly?lab=${g.lab.id}&quarter=${NEXT}&format=${format}`).buffer(true).parse(binary);
const euro = (cents: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }).format(cents / 100);
const flat = (s: string) => s.replace(/\s+/g, ' ');
const measurement = async (id: number) => (await t.http.get(`/api/measurements/${id}`).expect(200)).body;

describe('closing a quarter', () => {
  let frozen: { id: number; version: number; dataSha256: string; pdfSha256: string; xlsxSha256: string; csvSha256: string };
  let focus: Http;
  const bytes: Record<string, Buffer> = {};
  let frozenDueCents: number;

  it('freezing the council\'s version closes the quarter, and its files are stored with their checksums', async () => {
    const res = await t.http.post('/api/reports/quarterly/freeze').send({ lab: g.lab.id, quarter: CLOSED, note: 'Voor de raad' });
    expect(res.status).toBe(201);
    frozen = res.body;
    for (const format of FORMATS) {
      const file = await download(frozen.id, format);
      expect(file.status).toBe(200);
      bytes[format] = file.body;
    }
    const data = JSON.parse(bytes.json!.toString('utf8'));
    const row = data.payments.find((p: { agreementId: number }) => p.agreementId === g.agreements.contract.id);
    frozenDueCents = row.dueCents;
    expect(frozenDueCents).toBe(100_000); // the 4 placements of its first quarter at € 250

    await t.http.post('/api/users').send({ email: 'focus@closing.example', name: 'Focus', role: 'focus_team', password: 'a-long-password', active: true }).expect(201);
    focus = await t.as('focus@closing.example', 'a-long-password');
    const changes = (await t.http.get(`/api/reports/quarterly/versions/${frozen.id}/changes`).expect(200)).body;
    expect(changes).toMatchObject({ latest: true, corrections: [], correctionsTotal: 0, liveDiffers: false, differencesTotal: 0 });
  });

  it('refuses the focus team a reopening of an approved value of the closed quarter: 403 saying why, nothing changed', async () => {
    const before = await measurement(g.measurements.i1q2.id);
    const res = await focus.post(`/api/measurements/${g.measurements.i1q2.id}/reopen`).send({ comment: REASON, reason: REASON });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/2016-Q2 is closed/);
    expect(res.body.message).toMatch(/Only an administrator/);
    expect(res.body.message).toContain(`v${frozen.version}`);
    expect(await measurement(g.measurements.i1q2.id)).toEqual(before);
  });

  it('still lets the focus team reopen a value of an open quarter, as before', async () => {
    const res = await focus.post(`/api/measurements/${g.measurements.i3q3.id}/reopen`).send({ comment: 'Telling nakijken.' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('draft');
    await t.http.post(`/api/measurements/${g.measurements.i3q3.id}/submit`).send({}).expect(200);
    await t.http.post(`/api/measurements/${g.measurements.i3q3.id}/approve`).send({}).expect(200);
  });

  it('asks an administrator for the reason: 400 naming reason, with its field-error code, nothing changed', async () => {
    const res = await t.http.post(`/api/measurements/${g.measurements.i1q2.id}/reopen`).send({ comment: 'Zonder reden.' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual(['reason']);
    expect(res.body.fieldCodes.reason.code).toBe('closed_quarter_reason');
    expect((await measurement(g.measurements.i1q2.id)).status).toBe('approved');
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM corrections'))[0].n).toBe(0);
  });

  it('records the administrator\'s reopening with a reason as a correction against the frozen version', async () => {
    const res = await t.http.post(`/api/measurements/${g.measurements.i1q2.id}/reopen`).send({ reason: REASON });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('draft');
    const [row] = await t.dataSource.query('SELECT * FROM corrections');
    expect(row).toMatchObject({
      lab_id: g.lab.id, period: CLOSED, frozen_report_id: frozen.id, kind: 'reopen', measurement_id: g.measurements.i1q2.id,
      indicator_id: g.indicators.i1.id, project_id: g.projects.a.id, old_value: '4.0000', new_value: null, reason: REASON, corrected_by_id: t.userId,
    });
    // The thread keeps the reason as the reopening's comment.
    const thread = (await t.http.get(`/api/measurements/${g.measurements.i1q2.id}/comments`)).body;
    expect(thread.at(-1)).toMatchObject({ kind: 'reopen', body: REASON });
  });

  it('takes the new value through the review flow: approved again, the correction gets it', async () => {
    const m = await measurement(g.measurements.i1q2.id);
    await t.http.put(`/api/measurements/${m.id}`).send({ ...m, value: 2 }).expect(200);
    await t.http.post(`/api/measurements/${m.id}/submit`).send({}).expect(200);
    await focus.post(`/api/measurements/${m.id}/approve`).send({}).expect(200);
    const [row] = await t.dataSource.query('SELECT new_value, reapproved_at, reapproved_by_id FROM corrections');
    expect(row.new_value).toBe('2.0000');
    expect(row.reapproved_at).not.toBeNull();
    expect(row.reapproved_by_id).toBe(focus.userId);
  });

  it('lets only an administrator write a new measurement into the closed quarter, with a reason, as a correction', async () => {
    const body = { indicatorId: g.indicators.i5.id, period: CLOSED, value: 120, note: null };
    const refused = await focus.post('/api/measurements').send(body);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/write a new measurement/);
    const noReason = await t.http.post('/api/measurements').send(body);
    expect(noReason.status).toBe(400);
    expect(Object.keys(noReason.body.errors)).toEqual(['reason']);
    const created = await t.http.post('/api/measurements').send({ ...body, reason: 'Telling van het buurthuis kwam later binnen.' });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('reason');
    const rows = await t.dataSource.query(`SELECT kind, measurement_id AS "measurementId", old_value AS "oldValue" FROM corrections ORDER BY id`);
    expect(rows[1]).toEqual({ kind: 'new_measurement', measurementId: created.body.id, oldValue: null });
    // A quarter that is not closed takes new measurements as before.
    expect((await focus.post('/api/measurements').send({ ...body, period: '2016-Q4' })).status).toBe(201);
  });

  it("lists the corrections in the next quarter's report JSON with old → new and the effect on the payment", async () => {
    const res = await t.http.get(`/api/reports/quarterly?lab=${g.lab.id}&quarter=${NEXT}`);
    expect(res.status).toBe(200);
    const report = res.body;
    expect(report.corrections.total).toBe(2);
    const [c, added] = report.corrections.items;
    expect(c).toMatchObject({
      kind: 'reopen', period: CLOSED, frozenReportId: frozen.id, frozenVersion: frozen.version, projectCode: 'GA-01', indicatorName: 'Plaatsingen',
      oldValue: 4, newValue: 2, reason: REASON,
    });
    expect(c.payments).toEqual([{
      agreementId: g.agreements.contract.id, title: 'Resultaatafspraak plaatsingen',
      frozenDueCents, correctedDueCents: frozenDueCents - 50_000, differenceCents: -50_000,
    }]);
    expect(added).toMatchObject({ kind: 'new_measurement', indicatorName: 'Bereik', oldValue: null, newValue: null, payments: [] });
    expect(report.corrections.paymentDifferenceCents).toBe(-50_000);
    // The closed quarter's own live report lists none: corrections go to the next report.
    expect((await t.http.get(`/api/reports/quarterly?lab=${g.lab.id}&quarter=${CLOSED}`)).body.corrections.items).toEqual([]);
  });

  it('lists them in the PDF', async () => {
    const res = await nextFile('pdf');
    expect(res.status).toBe(200);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.body)), { mergePages: true });
    const all = flat(text);
    const at = all.indexOf('Correcties op afgesloten kwartalen');
    expect(at).toBeGreaterThan(0);
    const section = all.slice(at, all.indexOf('Toelichting', at));
    // Roboto has no arrow: the PDF says old → new in words.
    for (const words of ['GA-01', '2016-Q2 (v1)', 'Plaatsingen', 'van 4 naar 2', 'Dubbeltelling', 'Bereik', 'van geen naar nog niet opnieuw goedgekeurd']) {
      expect(section).toContain(words);
    }
    expect(section).toContain(flat(`van ${euro(frozenDueCents)} naar ${euro(frozenDueCents - 50_000)} (−${euro(50_000)})`));
    expect(section).toContain(flat(`Samen: −${euro(50_000)}`));
  });

  it('lists them in the XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await nextFile('xlsx')).body as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Correcties')!;
    expect(sheet).toBeDefined();
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = Object.fromEntries(header.map((h, n) => [String(h), sheet.getRow(2).getCell(n + 1).value]));
    expect(row).toMatchObject({
      Projectcode: 'GA-01', Kwartaal: CLOSED, Indicator: 'Plaatsingen', 'Oude waarde': 4, 'Nieuwe waarde': 2, 'Oud → nieuw': '4 → 2', Reden: REASON,
      'Betaling bevroren': frozenDueCents / 100, 'Betaling gecorrigeerd': (frozenDueCents - 50_000) / 100, 'Verschil betaling': -500,
    });
    expect(sheet.rowCount).toBe(3);
  });

  it('lists them in the CSV, in both dialects', async () => {
    const machine = parseCsv((await t.http.get(`/api/reports/quarterly?lab=${g.lab.id}&quarter=${NEXT}&format=csv&dialect=machine`).buffer(true).parse(binary)).body.toString('utf8').replace(/^\uFEFF/, ''), ',');
    const rows = machine.filter((r) => r[0] === 'correction' && r[1] === 'GA-01');
    const field = (name: string) => rows.find((r) => r[5] === name)?.[6];
    expect(field('oldValue')).toBe('4');
    expect(field('newValue')).toBe('2');
    expect(field('oldNew')).toBe('4 → 2');
    expect(field('reason')).toBe(REASON);
    expect(field('frozenDueCents')).toBe(String(frozenDueCents));
    expect(field('paymentDifferenceCents')).toBe('-50000');
    const nl = parseCsv((await nextFile('csv')).body.toString('utf8').replace(/^\uFEFF/, ''), ';');
    const nlRows = nl.filter((r) => r[0] === 'Correctie' && r[1] === 'GA-01');
    expect(nlRows.find((r) => r[5] === 'Soort')?.[6]).toBe('Goedgekeurde waarde heropend');
    expect(nlRows.find((r) => r[5] === 'Verschil betaling (euro)')?.[6]).toBe('-500,00');
  });

  it('never changes a frozen byte: every file and its checksum as before', async () => {
    for (const format of FORMATS) {
      const res = await download(frozen.id, format);
      expect(Buffer.compare(res.body, bytes[format]!)).toBe(0);
      const stored = format === 'json' ? frozen.dataSha256 : frozen[`${format}Sha256`];
      expect(res.headers['x-content-sha256']).toBe(stored);
      expect(sha256(res.body)).toBe(stored);
    }
    const [row] = await t.dataSource.query('SELECT data_sha256, pdf_sha256, xlsx_sha256, csv_sha256 FROM frozen_reports WHERE id = $1', [frozen.id]);
    expect(Object.values(row)).toEqual([frozen.dataSha256, frozen.pdfSha256, frozen.xlsxSha256, frozen.csvSha256]);
  });

  it("shows on the frozen version's page what has changed since: its corrections, and the live figures that differ", async () => {
    const res = await focus.get(`/api/reports/quarterly/versions/${frozen.id}/changes`);
    expect(res.status).toBe(200);
    const changes = res.body;
    expect(changes.version.id).toBe(frozen.id);
    expect(changes.correctionsTotal).toBe(2);
    expect(changes.corrections.map((c: { kind: string }) => c.kind)).toEqual(['reopen', 'new_measurement']);
    expect(changes.liveDiffers).toBe(true);
    expect(changes.differences).toEqual(expect.arrayContaining([
      { projectCode: 'GA-01', indicatorId: g.indicators.i1.id, item: 'Plaatsingen', field: 'value', frozen: 4, live: 2 },
      { projectCode: 'GA-01', indicatorId: g.indicators.i1.id, item: 'Plaatsingen', field: 'figure', frozen: 7, live: 5 },
      { projectCode: 'GA-01', indicatorId: null, item: 'Resultaatafspraak plaatsingen', field: 'dueCents', frozen: frozenDueCents, live: frozenDueCents - 50_000 },
    ]));
    expect((await t.http.get('/api/reports/quarterly/versions/999999/changes')).status).toBe(404);
  });

  it('lists each correction once: after the next quarter is frozen, the one after it starts afresh', async () => {
    // GA-01's status update of Q3 is on record (submitted) when Q3 is frozen.
    await t.dataSource.query('UPDATE status_updates SET submitted_at = now() WHERE id = $1', [g.statusUpdates.a.id]);
    await t.http.post('/api/reports/quarterly/freeze').send({ lab: g.lab.id, quarter: NEXT }).expect(201);
    const after = (await t.http.get(`/api/reports/quarterly?lab=${g.lab.id}&quarter=2016-Q4`).expect(200)).body;
    expect(after.corrections).toMatchObject({ total: 0, items: [] });
    expect(after.corrections.since).not.toBeNull();
    // The frozen Q3 version carries the corrections it reported.
    const [v] = (await t.http.get(`/api/reports/quarterly/versions?lab=${g.lab.id}&quarter=${NEXT}`)).body;
    expect(JSON.parse((await download(v.id, 'json')).body.toString('utf8')).corrections.total).toBe(2);
  });

  it('makes reopening a submitted status update of a closed quarter an administrator\'s correction with a reason', async () => {
    const id = g.statusUpdates.a.id;
    const refused = await focus.post(`/api/status-updates/${id}/reopen`).send({ comment: 'Aanvullen.', reason: 'Aanvullen.' });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/2016-Q3 is closed.*reopen its status updates/);
    const noReason = await t.http.post(`/api/status-updates/${id}/reopen`).send({ comment: 'Aanvullen.' });
    expect(noReason.status).toBe(400);
    expect(Object.keys(noReason.body.errors)).toEqual(['reason']);
    expect((await t.http.get(`/api/status-updates/${id}`)).body.submittedAt).not.toBeNull();
    const reopened = await t.http.post(`/api/status-updates/${id}/reopen`).send({ reason: 'Het verhaal noemde een verkeerde partner.' });
    expect(reopened.status).toBe(200);
    expect(reopened.body.submittedAt).toBeNull();
    const q4 = (await t.http.get(`/api/reports/quarterly?lab=${g.lab.id}&quarter=2016-Q4`)).body;
    expect(q4.corrections.items).toEqual([expect.objectContaining({
      kind: 'status_update', period: NEXT, statusUpdateId: id, projectCode: 'GA-01', indicatorName: null, reason: 'Het verhaal noemde een verkeerde partner.', payments: [],
    })]);
  });
});
