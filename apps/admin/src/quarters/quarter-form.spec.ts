import type { QuarterEntry, QuarterIndicator } from '@lab/domain';
import {
  allSubmitted, errorsOf, initialQuarterForm, payloadOf, quarterFormReducer, refusalOf, rowsOf, statusCounts, type QuarterFormAction,
  type QuarterFormState,
} from './quarter-form';

const indicator = (id: number, unit: QuarterIndicator['unit'], editable: boolean, measurement: Partial<NonNullable<QuarterIndicator['measurement']>> | null = null): QuarterIndicator => ({
  id, name: `Indicator ${id}`, unit, direction: 'increase', aggregation: 'sum', baselineValue: 0, targetValue: 100, editable, dimensions: [],
  measurement: measurement && { id: id * 10, version: 1, value: 0, note: null, evidenceUrl: null, status: 'draft', reviewComment: null, peopleMeasured: null, parts: null, ...measurement },
});

/** A count still to fill in, a percentage saved as a draft, an amount already approved (locked). */
const sheet = (statusUpdate: QuarterEntry['statusUpdate'] = null, indicators?: QuarterIndicator[]): QuarterEntry => ({
  projectId: 7, projectCode: 'MW-07', projectTitle: 'Werkplaats', period: '2016-Q3', dueDate: '2016-10-31', overdue: false, statusUpdate,
  indicators: indicators ?? [
    indicator(11, 'count', true),
    indicator(12, 'percent', true, { value: 7.5, note: 'telling in september', status: 'draft' }),
    indicator(13, 'euro', false, { value: 1250, status: 'approved' }),
  ],
});

const run = (actions: QuarterFormAction[], from: QuarterFormState = initialQuarterForm) => actions.reduce(quarterFormReducer, from);
const loaded = (s = sheet()) => run([{ type: 'load', sheet: s }]);

describe('the quarterly entry form', () => {
  it('starts from the saved quarter, with a decimal comma', () => {
    expect(rowsOf(sheet())).toEqual({
      11: { value: '', note: '', evidenceUrl: '', peopleMeasured: '', parts: {} },
      12: { value: '7,5', note: 'telling in september', evidenceUrl: '', peopleMeasured: '', parts: {} },
      13: { value: '1250', note: '', evidenceUrl: '', peopleMeasured: '', parts: {} },
    });
    const state = loaded(sheet({ id: 1, version: 2, health: 'at_risk', narrative: 'Vertraagd', submittedAt: null }));
    expect([state.health, state.narrative]).toEqual(['at_risk', 'Vertraagd']);
    expect([loaded().health, loaded().narrative]).toEqual(['', '']);
  });

  it('keeps what is typed per indicator and takes away only the error of the field typed in', () => {
    const withErrors: QuarterFormState = {
      ...loaded(),
      errors: { 'indicator-11.value': 'x', 'indicator-11.evidenceUrl': 'y', 'indicator-12.value': 'z', 'statusUpdate.health': 'h' },
    };
    const state = run([{ type: 'row', indicatorId: 11, patch: { value: '4' } }], withErrors);
    expect(state.rows[11]).toEqual({ value: '4', note: '', evidenceUrl: '', peopleMeasured: '', parts: {} });
    expect(state.rows[12].value).toBe('7,5');
    expect(state.errors).toEqual({ 'indicator-11.evidenceUrl': 'y', 'indicator-12.value': 'z', 'statusUpdate.health': 'h' });
    expect(run([{ type: 'health', health: 'on_track' }], withErrors).errors).not.toHaveProperty(['statusUpdate.health']);
  });

  it('keeps the narrative error while the narrative is blank', () => {
    const withError: QuarterFormState = { ...loaded(), errors: { 'statusUpdate.narrative': 'Schrijf wat er gebeurde.' } };
    expect(run([{ type: 'narrative', narrative: '   ' }], withError).errors).toEqual({ 'statusUpdate.narrative': 'Schrijf wat er gebeurde.' });
    expect(run([{ type: 'narrative', narrative: 'Gestart' }], withError).errors).toEqual({});
  });

  it('clears the errors while saving, and shows the refusal after', () => {
    const invalid = run([{ type: 'invalid', errors: { 'indicator-11.value': 'Vul in' }, message: 'Verbeter 1 veld' }], loaded());
    expect(invalid.formError).toEqual({ message: 'Verbeter 1 veld', details: [] });
    const saving = run([{ type: 'saving', submit: true }], invalid);
    expect([saving.errors, saving.formError, saving.saving]).toEqual([{}, null, 'submit']);
    const refused = run([{ type: 'refused', errors: { 'statusUpdate.narrative': 'te lang' }, message: 'Ongeldig', details: ['Poort'] }], saving);
    expect([refused.errors, refused.formError, refused.saving]).toEqual([{ 'statusUpdate.narrative': 'te lang' }, { message: 'Ongeldig', details: ['Poort'] }, null]);
    expect(run([{ type: 'saving', submit: false }, { type: 'saved' }], invalid).saving).toBeNull();
  });

  describe('errorsOf', () => {
    it('asks nothing of an untouched draft', () => {
      expect(errorsOf(sheet(), loaded(), false)).toEqual({});
    });

    it('asks for every value and the status update on submitting, but never of a locked value', () => {
      const state = run([{ type: 'row', indicatorId: 13, patch: { value: 'veel' } }], loaded());
      expect(errorsOf(sheet(), state, true)).toEqual({
        'indicator-11.value': 'quarters.validation.required',
        'statusUpdate.health': 'quarters.validation.health',
        'statusUpdate.narrative': 'quarters.validation.narrative',
      });
    });

    it('checks a value by its unit and the evidence link as typed', () => {
      const state = run([
        { type: 'row', indicatorId: 11, patch: { value: '2,5', evidenceUrl: 'rapport.pdf' } },
        { type: 'row', indicatorId: 12, patch: { value: '101' } },
      ], loaded());
      expect(errorsOf(sheet(), state, false)).toEqual({
        'indicator-11.value': 'resources.measurements.validation.count',
        'indicator-11.evidenceUrl': 'resources.measurements.validation.url',
        'indicator-12.value': 'resources.measurements.validation.percent',
      });
    });

    it('asks for the other half of a status update that was started in a draft', () => {
      expect(errorsOf(sheet(), run([{ type: 'health', health: 'on_track' }], loaded()), false)).toEqual({ 'statusUpdate.narrative': 'quarters.validation.narrative' });
      expect(errorsOf(sheet(), run([{ type: 'narrative', narrative: 'Loopt' }], loaded()), false)).toEqual({ 'statusUpdate.health': 'quarters.validation.health' });
    });
  });

  describe('payloadOf', () => {
    it('sends the filled-in editable values, trimmed, and the new status update', () => {
      const state = run([
        { type: 'row', indicatorId: 11, patch: { value: ' 3 ', note: '  ', evidenceUrl: ' https://example.org/r.pdf ' } },
        { type: 'row', indicatorId: 13, patch: { value: '99' } },
        { type: 'health', health: 'on_track' },
        { type: 'narrative', narrative: '  Drie deelnemers gestart.  ' },
      ], loaded());
      expect(payloadOf(sheet(), state, true)).toEqual({
        measurements: [
          { indicatorId: 11, value: 3, note: null, evidenceUrl: 'https://example.org/r.pdf', peopleMeasured: null, parts: null },
          { indicatorId: 12, value: 7.5, note: 'telling in september', evidenceUrl: null, peopleMeasured: null, parts: null },
        ],
        statusUpdate: { health: 'on_track', narrative: 'Drie deelnemers gestart.' },
        submit: true,
      });
    });

    it('leaves out empty values, an unchanged status update and, for a draft, the submit flag', () => {
      const saved = sheet({ id: 1, version: 3, health: 'at_risk', narrative: 'Vertraagd', submittedAt: null });
      const state = run([{ type: 'row', indicatorId: 12, patch: { value: '' } }], loaded(saved));
      expect(payloadOf(saved, state, false)).toEqual({ measurements: [] });
      expect(payloadOf(saved, run([{ type: 'narrative', narrative: 'Weer op koers' }], state), false))
        .toEqual({ measurements: [], statusUpdate: { health: 'at_risk', narrative: 'Weer op koers' } });
    });
  });

  describe('a breakdown', () => {
    const doelgroep = { id: 2, key: 'doelgroep', name: 'Doelgroep', values: [{ code: 'jong', label: '18–26' }, { code: 'oud', label: '27+' }] };
    const broken = () => sheet(null, [{ ...indicator(21, 'count', true, { value: 9, parts: { doelgroep: { jong: 4, oud: 5 } } }), dimensions: [doelgroep] }]);

    it('starts from the saved parts and sends them with the value', () => {
      const state = loaded(broken());
      expect(state.rows[21].parts).toEqual({ doelgroep: { jong: '4', oud: '5' } });
      const typed = run([{ type: 'row', indicatorId: 21, patch: { value: '10', peopleMeasured: '10', parts: { doelgroep: { jong: '4', oud: '6' } } } }], state);
      expect(errorsOf(broken(), typed, false)).toEqual({});
      expect(payloadOf(broken(), typed, false).measurements).toEqual([
        { indicatorId: 21, value: 10, note: null, evidenceUrl: null, peopleMeasured: 10, parts: { doelgroep: { jong: 4, oud: 6 } } },
      ]);
    });

    it('finds parts that do not add up, half a grid, a fraction of a count and people that are no count', () => {
      const typed = (patch: Record<string, unknown>) => errorsOf(broken(), run([{ type: 'row', indicatorId: 21, patch }], loaded(broken())), false);
      expect(typed({ value: '10' })).toEqual({ 'indicator-21.parts.doelgroep': 'quarters.validation.parts_sum' });
      expect(typed({ parts: { doelgroep: { jong: '4', oud: '' } } })).toEqual({ 'indicator-21.parts.doelgroep': 'quarters.validation.parts_incomplete' });
      expect(typed({ parts: { doelgroep: { jong: '4,5', oud: '4,5' } } })).toEqual({ 'indicator-21.parts.doelgroep': 'quarters.validation.part_number' });
      expect(typed({ peopleMeasured: 'tien' })).toEqual({ 'indicator-21.peopleMeasured': 'quarters.validation.people' });
      // Emptied whole, the breakdown is not sent.
      const emptied = run([{ type: 'row', indicatorId: 21, patch: { parts: { doelgroep: { jong: '', oud: '' } } } }], loaded(broken()));
      expect(errorsOf(broken(), emptied, false)).toEqual({});
      expect(payloadOf(broken(), emptied, false).measurements[0].parts).toBeNull();
    });

    it('says the API\'s refusal of a part beside the breakdown', () => {
      const input = { measurements: [{ indicatorId: 21, value: 9 }] };
      expect(refusalOf({ errors: { 'measurements.0.parts.doelgroep': 'telt op tot 8', 'measurements.0.parts.doelgroep.kind': 'geen waarde' } }, input).errors)
        .toEqual({ 'indicator-21.parts.doelgroep': 'geen waarde' });
    });
  });

  it('says the API\'s field errors beside the inputs they concern, the rest above the form', () => {
    const input = { measurements: [{ indicatorId: 11, value: 3 }, { indicatorId: 12, value: 7.5 }] };
    expect(refusalOf({
      errors: {
        'measurements.1.value': 'Hoogstens 100', 'measurements.0.evidenceUrl': 'Geen link', 'measurements.5.value': 'Onbekend',
        statusUpdate: 'Een kwartaalupdate is nodig', 'statusUpdate.health': 'Kies er een', period: 'Kwartaal gesloten',
      },
      unmet: [{ message: 'Eerst een mijlpaal afronden' }],
    }, input)).toEqual({
      errors: {
        'indicator-12.value': 'Hoogstens 100', 'indicator-11.evidenceUrl': 'Geen link',
        'statusUpdate.narrative': 'Een kwartaalupdate is nodig', 'statusUpdate.health': 'Kies er een',
      },
      details: ['Onbekend', 'Kwartaal gesloten', 'Eerst een mijlpaal afronden'],
    });
    expect(refusalOf(null, input)).toEqual({ errors: {}, details: [] });
  });

  it('knows when everything is submitted and unchanged', () => {
    const submitted = { id: 1, version: 4, health: 'on_track' as const, narrative: 'Klaar', submittedAt: '2016-10-02T09:00:00Z' };
    const locked = sheet(submitted, [indicator(13, 'euro', false, { value: 1250, status: 'approved' })]);
    expect(allSubmitted(locked, loaded(locked))).toBe(true);
    expect(allSubmitted(locked, run([{ type: 'narrative', narrative: 'Klaar, en meer' }], loaded(locked)))).toBe(false);
    expect(allSubmitted(sheet(submitted), loaded(sheet(submitted)))).toBe(false);
    expect(allSubmitted(sheet({ ...submitted, submittedAt: null }, locked.indicators), loaded(locked))).toBe(false);
  });

  it('counts the indicators per review status', () => {
    expect(statusCounts(sheet())).toEqual({ missing: 1, draft: 1, approved: 1 });
  });
});
