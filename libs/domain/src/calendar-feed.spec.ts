import { feedEvents, feedQuarters, FEED_TOKEN_PATTERN, MAX_FEED_EVENTS, type FeedMilestone, type FeedProject } from './calendar-feed';

const link = (path: string) => `https://lab.example.org/#${path}`;
const experiment = (extra: Partial<FeedProject> = {}): FeedProject => ({
  id: 7, code: 'MW-07', title: 'Werk in de wijk', phase: 'experiment', startDate: '2016-01-01', plannedEndDate: null, indicators: 2,
  decisions: [{ fromPhase: 'scenario', toPhase: 'experiment', decision: 'go', decidedOn: '2026-01-15' }], dueDays: 30, ...extra,
});
const milestone = (extra: Partial<FeedMilestone> = {}): FeedMilestone => ({ id: 3, projectId: 7, projectCode: 'MW-07', title: 'Intake klaar', dueDate: '2026-12-10', ...extra });

describe('feedQuarters: four quarters back to four ahead', () => {
  it.each([
    ['2026-12-02', ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']],
    ['2026-01-01', ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1']],
  ])('on %s: %j', (today, quarters) => expect(feedQuarters(today)).toEqual(quarters));
});

describe('feedEvents', () => {
  const base = { today: '2026-12-02', language: 'nl' as const, activity: new Map(), milestones: [], link };

  it('gives a due date per quarter the project reports in, judged by the phase it was in then', () => {
    const events = feedEvents({ ...base, projects: [experiment()] });
    // In the experiment from 2026-Q1 on (the go of 15 January): 2025-Q4 was still a scenario.
    expect(events.map((e) => [e.uid, e.date])).toEqual([
      ['report-7-2026-Q1', '2026-04-30'], ['report-7-2026-Q2', '2026-07-30'], ['report-7-2026-Q3', '2026-10-30'],
      ['report-7-2026-Q4', '2027-01-30'], ['report-7-2027-Q1', '2027-04-30'], ['report-7-2027-Q2', '2027-07-30'],
      ['report-7-2027-Q3', '2027-10-30'], ['report-7-2027-Q4', '2028-01-30'],
    ]);
    expect(events[0]).toEqual({
      uid: 'report-7-2026-Q1', kind: 'report_due', date: '2026-04-30', path: '/projects/7/quarters/2026-Q1',
      summary: 'Kwartaalrapportage MW-07 2026-Q1 inleveren',
      description: 'De rapportage van MW-07 Werk in de wijk over 2026-Q1 moet uiterlijk 2026-04-30 binnen zijn.\nOpenen: https://lab.example.org/#/projects/7/quarters/2026-Q1',
    });
  });

  it('stops at the planned end, and counts a quarter the team reported on whatever the phase', () => {
    const activity = new Map([['7/2025-Q4', { statusUpdate: 'submitted' as const, measurements: { draft: 0, submitted: 0, returned: 0, approved: 0 } }]]);
    const events = feedEvents({ ...base, activity, projects: [experiment({ plannedEndDate: '2026-05-01' })] });
    expect(events.map((e) => e.uid)).toEqual(['report-7-2025-Q4', 'report-7-2026-Q1', 'report-7-2026-Q2']);
  });

  it('lists open milestones within a year either side of today, in English for who reads English', () => {
    const events = feedEvents({
      ...base, language: 'en', projects: [],
      milestones: [milestone(), milestone({ id: 4, dueDate: '2025-11-30' }), milestone({ id: 5, dueDate: '2028-01-01' })],
    });
    expect(events).toEqual([
      {
        uid: 'milestone-3', kind: 'milestone', date: '2026-12-10', path: '/milestones/3/show', summary: 'Milestone MW-07: Intake klaar',
        description: 'The milestone "Intake klaar" of MW-07 is due on 2026-12-10.\nOpen: https://lab.example.org/#/milestones/3/show',
      },
    ]);
  });

  it(`holds at most ${MAX_FEED_EVENTS} events, the nearest to today`, () => {
    const milestones = Array.from({ length: MAX_FEED_EVENTS + 10 }, (_, i) => milestone({ id: i + 1, dueDate: i < 10 ? '2027-11-30' : '2026-12-03' }));
    const events = feedEvents({ ...base, projects: [], milestones });
    expect(events).toHaveLength(MAX_FEED_EVENTS);
    expect(events.every((e) => e.date === '2026-12-03')).toBe(true);
  });
});

describe('FEED_TOKEN_PATTERN: 32 bytes in base64url', () => {
  it.each([['A'.repeat(43), true], ['A'.repeat(42), false], [`${'A'.repeat(42)}=`, false], [`${'A'.repeat(42)}/`, false], [`${'a-_'.repeat(14)}Z`, true]])(
    '%s: %s', (token, ok) => expect(FEED_TOKEN_PATTERN.test(token)).toBe(ok),
  );
});
