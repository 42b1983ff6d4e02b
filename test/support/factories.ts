import type { TestApp } from './test-app';

type Body = Record<string, unknown>;
let sequence = 0;
const next = () => ++sequence;

/** POST through the API and return the created record; fails loudly when the API refuses. */
export async function create(t: TestApp, resource: string, body: Body): Promise<Body & { id: number; version: number }> {
  const res = await t.http.post(`/api/${resource}`).send(body);
  if (res.status !== 201) throw new Error(`POST /api/${resource} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

export const valid = {
  lab: (): Body => ({ name: `Lab ${next()}`, city: 'Amsterdam', facilitator: 'Perspectivity', startDate: '2015-10-01', endDate: '2015-12-18' }),
  theme: (labId: number): Body => ({ labId, name: `Thema ${next()}`, description: 'Relationeel werken' }),
  organisation: (): Body => ({ name: `Organisatie ${next()}`, perspective: 'welfare_organisation', website: 'https://example.org' }),
  project: (labId: number, extra: Body = {}): Body => ({
    labId, code: `MW-${String(next()).padStart(3, '0')}`, title: 'Samen aan het werk', summary: 'Een experiment', health: 'on_track',
    startDate: '2016-01-01', plannedEndDate: '2017-12-31', budgetCents: 4_500_000, ...extra,
  }),
  person: (extra: Body = {}): Body => ({ name: `Persoon ${next()}`, email: `p${next()}@example.org`, perspective: 'researcher', ...extra }),
  membership: (projectId: number, personId: number, role = 'member'): Body => ({ projectId, personId, role }),
  milestone: (projectId: number, extra: Body = {}): Body => ({ projectId, title: `Mijlpaal ${next()}`, phase: 'scenario', dueDate: '2016-06-30', ...extra }),
  indicator: (projectId: number, extra: Body = {}): Body => ({
    projectId, name: `Indicator ${next()}`, kind: 'outcome', aspect: 'effectiveness', unit: 'count', direction: 'increase',
    aggregation: 'sum', baselineValue: 10, baselineDate: '2016-01-01', targetValue: 50, targetDate: '2017-12-31', ...extra,
  }),
  measurement: (indicatorId: number, extra: Body = {}): Body => ({ indicatorId, period: '2016-Q3', value: 20, note: 'Eerste meting', ...extra }),
  agreement: (projectId: number, organisationId: number, extra: Body = {}): Body => ({
    projectId, organisationId, title: `Afspraak ${next()}`, kind: 'cooperation', status: 'draft', contributionCents: 100_000, ...extra,
  }),
  statusUpdate: (projectId: number, extra: Body = {}): Body => ({ projectId, period: '2016-Q3', health: 'at_risk', narrative: 'Vertraging bij werving.', ...extra }),
  lesson: (projectId: number, extra: Body = {}): Body => ({ projectId, kind: 'insight', text: 'Investeer in relaties.', date: '2016-05-01', ...extra }),
  user: (extra: Body = {}): Body => ({ email: `u${next()}@example.org`, name: `Gebruiker ${next()}`, role: 'focus_team', ...extra }),
};

/**
 * What a go into the experiment records besides the decision: the hypothesis and a success threshold per
 * outcome indicator of the project (its target, or a step past its baseline).
 */
export async function experimentCriteria(t: TestApp, projectId: number): Promise<Body> {
  const filter = encodeURIComponent(JSON.stringify({ projectId, kind: 'outcome' }));
  const indicators: Body[] = (await t.http.get(`/api/indicators?filter=${filter}`)).body;
  return {
    hypothesis: 'De aanpak helpt meer deelnemers een stap verder.',
    criteria: indicators.map((i) => ({
      indicatorId: i.id,
      value: i.targetValue ?? Number(i.baselineValue ?? 0) + (i.direction === 'decrease' ? -1 : 1),
      byDate: i.targetDate ?? '2017-12-31',
    })),
  };
}

/** A lab with one project and everything that can hang off it, all created through the API. */
export async function projectGraph(t: TestApp) {
  const lab = await create(t, 'labs', valid.lab());
  const theme = await create(t, 'themes', valid.theme(lab.id));
  const organisation = await create(t, 'organisations', valid.organisation());
  const project = await create(t, 'projects', valid.project(lab.id, { themeIds: [theme.id], districtIds: [1, 3], leadOrganisationId: organisation.id }));
  const person = await create(t, 'people', valid.person({ organisationId: organisation.id }));
  const membership = await create(t, 'memberships', valid.membership(project.id, person.id, 'lead'));
  const milestone = await create(t, 'milestones', valid.milestone(project.id, { ownerId: person.id }));
  const indicator = await create(t, 'indicators', valid.indicator(project.id));
  const measurement = await create(t, 'measurements', valid.measurement(indicator.id));
  const agreement = await create(t, 'agreements', valid.agreement(project.id, organisation.id));
  const statusUpdate = await create(t, 'status-updates', valid.statusUpdate(project.id));
  const lesson = await create(t, 'lessons', valid.lesson(project.id, { themeId: theme.id }));
  return { lab, theme, organisation, project, person, membership, milestone, indicator, measurement, agreement, statusUpdate, lesson };
}

/**
 * Row count of every table: what a refused request must leave exactly as it was. audit_events counts the
 * records' events only: security events (resource `auth`: sign-ins, refused requests) are written by design,
 * a refusal among them.
 */
export async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const tables: { name: string }[] = await t.dataSource.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const where = name === 'audit_events' ? ` WHERE resource <> 'auth'` : '';
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM "${name}"${where}`);
    counts[name] = n;
  }
  return counts;
}
