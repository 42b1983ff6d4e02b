import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import {
  addDays, assertIsoDate, quarterEnd, quarterRange, addQuarters, targetMatchesDirection,
  type MeasurementStatus, type Perspective, type UserRole,
} from '@lab/domain';
import { AgreementEntity } from '../agreements/agreement.entity';
import { DistrictEntity } from '../districts/district.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { LabEntity } from '../labs/lab.entity';
import { LessonEntity } from '../lessons/lesson.entity';
import { MeasurementEntity } from '../measurements/measurement.entity';
import { MembershipEntity } from '../memberships/membership.entity';
import { MilestoneEntity } from '../milestones/milestone.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { PhaseDecisionEntity } from '../phase-decisions/phase-decision.entity';
import { ProjectDistrictEntity, ProjectThemeEntity } from '../projects/project-link.entity';
import { ProjectEntity } from '../projects/project.entity';
import { StatusUpdateEntity } from '../status-updates/status-update.entity';
import { TargetRevisionEntity } from '../target-revisions/target-revision.entity';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';
import {
  AGREEMENTS, LESSONS, PROJECTS,
  type IndicatorSeed, type MeasurementSeries, type MilestoneSeed, type ProjectSeed,
} from './demo-projects';

// The demo lab: illustrative project plans around the real Participatielab "Meedoen Werkt!" (Amsterdam,
// late 2015). Everything is a constant table so that the same `today` always yields the same rows; only a
// few open milestones are placed relative to `today`, so that the dashboard has something due and overdue.
// Names of people are fictional professionals; nothing here describes a citizen.

export interface DemoSummary {
  labId: number;
  projects: number;
  users: { email: string; role: string; name: string }[];
}

export const LAB = {
  name: 'Participatielab Meedoen Werkt!',
  city: 'Amsterdam',
  facilitator: 'Perspectivity',
  venue: 'Tolhuistuin',
  startDate: '2015-10-01',
  endDate: '2015-12-18',
  description:
    'Hoe maken we het mogelijk dat meer Amsterdammers duurzaam participeren? In zes labdagen in de Tolhuistuin ' +
    'werkten ongeveer 65 betrokkenen uit alle perspectieven samen – ervaringsdeskundigen en belangenbehartigers, ' +
    'aanbieders van dagbesteding, verwijzers en financiers, werkgevers, vrijwilligers en mantelzorgers, ' +
    'onderzoekers, re-integratie- en activeringsprofessionals, welzijns- en buurtorganisaties en het gemeentelijk ' +
    'focusteam Meedoen Werkt – aan de knelpunten rond dagbesteding en participatie voor mensen met een afstand ' +
    'tot de arbeidsmarkt. Het lab leverde 14 projectplannen op voor experimenten; begin 2016 gingen de teams aan ' +
    'de slag en maakten zij afspraken met betrokken organisaties. (Demodata: de projectplannen zijn illustratief.)',
} as const;

export const THEMES = [
  {
    key: 'relationeel',
    name: 'Relationeel werken',
    description: 'Werken vanuit de relatie met de deelnemer: aandacht, vertrouwen en tijd maken het verschil.',
  },
  {
    key: 'wmo',
    name: 'Wmo-beleid en dagbestedingspraktijk op één lijn',
    description: 'Beleid, inkoop en indicatie van de Wmo sluiten aan op wat in de dagbesteding werkt.',
  },
  {
    key: 'samenwerking',
    name: 'Samenwerking tussen professionals',
    description: 'Professionals uit zorg, welzijn, werk en inkomen kennen elkaar en zoeken samen naar oplossingen.',
  },
  {
    key: 'zorgwerk',
    name: 'Zorg en werk verbinden',
    description: 'Doorlopende routes van activering en dagbesteding naar vrijwilligerswerk, leren en betaald werk.',
  },
  {
    key: 'buurt',
    name: 'Meedoen in de buurt',
    description: 'Participatie dichtbij huis, met buurtorganisaties, vrijwilligers en mantelzorgers als bondgenoot.',
  },
  {
    key: 'ervaring',
    name: 'Ervaringsdeskundigheid in beleid en praktijk',
    description: 'Ervaringsdeskundigen werken mee in de uitvoering en zitten aan tafel waar beleid wordt gemaakt.',
  },
] as const;
export type ThemeKey = (typeof THEMES)[number]['key'];

interface OrganisationSeed {
  key: string;
  name: string;
  perspective: Perspective;
  website: string;
}

export const ORGANISATIONS = [
  { key: 'wpi', name: 'Gemeente Amsterdam – Werk, Participatie en Inkomen', perspective: 'municipality',
    website: 'https://example.org/gemeente-amsterdam/wpi' },
  { key: 'ojz', name: 'Gemeente Amsterdam – Onderwijs, Jeugd en Zorg', perspective: 'municipality',
    website: 'https://example.org/gemeente-amsterdam/ojz' },
  { key: 'buurtwerkNoord', name: 'Buurtwerk Noord', perspective: 'welfare_organisation',
    website: 'https://example.org/buurtwerk-noord' },
  { key: 'welzijnNieuwWest', name: 'Welzijn Nieuw-West Samen', perspective: 'welfare_organisation',
    website: 'https://example.org/welzijn-nieuw-west' },
  { key: 'sportBuurtWeesp', name: 'Stichting Sport en Buurt Weesp', perspective: 'welfare_organisation',
    website: 'https://example.org/sport-en-buurt-weesp' },
  { key: 'werkplaats', name: 'Dagbesteding De Werkplaats', perspective: 'day_activity_provider',
    website: 'https://example.org/de-werkplaats' },
  { key: 'atelier', name: 'Zorgcoöperatie Het Atelier', perspective: 'day_activity_provider',
    website: 'https://example.org/het-atelier' },
  { key: 'clientenstem', name: 'Stichting Cliëntenstem Amsterdam', perspective: 'advocate',
    website: 'https://example.org/clientenstem' },
  { key: 'ervaringMokum', name: 'Vereniging Ervaringsdeskundigen Mokum', perspective: 'expert_by_experience',
    website: 'https://example.org/ervaringsdeskundigen-mokum' },
  { key: 'wijkteamWest', name: 'Sociaal Wijkteam West', perspective: 'referrer',
    website: 'https://example.org/wijkteam-west' },
  { key: 'fonds', name: 'Fonds Meedoen Amsterdam', perspective: 'funder',
    website: 'https://example.org/fonds-meedoen' },
  { key: 'kringloopwerf', name: 'Sociale Firma De Kringloopwerf', perspective: 'employer',
    website: 'https://example.org/kringloopwerf' },
  { key: 'horeca', name: 'Horecaleerbedrijf Het IJ', perspective: 'employer',
    website: 'https://example.org/horecaleerbedrijf-het-ij' },
  { key: 'werkgeversnetwerk', name: 'Werkgeversnetwerk Amsterdam Inclusief', perspective: 'employer',
    website: 'https://example.org/werkgeversnetwerk-inclusief' },
  { key: 'vrijwilligers', name: 'Vrijwilligersnetwerk Oost', perspective: 'volunteer',
    website: 'https://example.org/vrijwilligersnetwerk-oost' },
  { key: 'mantelzorg', name: 'Mantelzorgsteunpunt Zuidoost', perspective: 'informal_carer',
    website: 'https://example.org/mantelzorg-zuidoost' },
  { key: 'kenniswerkplaats', name: 'Kenniswerkplaats Participatie en Zorg', perspective: 'researcher',
    website: 'https://example.org/kenniswerkplaats-participatie' },
  { key: 'stapVerder', name: 'Re-integratiebureau Stap Verder', perspective: 'reintegration_professional',
    website: 'https://example.org/stap-verder' },
] as const satisfies readonly OrganisationSeed[];
export type OrganisationKey = (typeof ORGANISATIONS)[number]['key'];

interface PersonSeed {
  key: string;
  name: string;
  email: string;
  organisation: OrganisationKey;
  perspective: Perspective;
}

export const PEOPLE = [
  { key: 'joost', name: 'Joost de Vries', email: 'j.devries@welzijn-nieuwwest.example.org',
    organisation: 'welzijnNieuwWest', perspective: 'welfare_organisation' },
  { key: 'sevda', name: 'Sevda Aydın', email: 's.aydin@welzijn-nieuwwest.example.org',
    organisation: 'welzijnNieuwWest', perspective: 'welfare_organisation' },
  { key: 'sanne', name: 'Sanne Bakker', email: 's.bakker@dewerkplaats.example.org',
    organisation: 'werkplaats', perspective: 'day_activity_provider' },
  { key: 'tom', name: 'Tom Willems', email: 't.willems@dewerkplaats.example.org',
    organisation: 'werkplaats', perspective: 'day_activity_provider' },
  { key: 'lotte', name: 'Lotte Smit', email: 'l.smit@hetatelier.example.org',
    organisation: 'atelier', perspective: 'day_activity_provider' },
  { key: 'bas', name: 'Bas Hendriks', email: 'b.hendriks@hetatelier.example.org',
    organisation: 'atelier', perspective: 'day_activity_provider' },
  { key: 'mohamed', name: 'Mohamed Ouali', email: 'm.ouali@ervaringmokum.example.org',
    organisation: 'ervaringMokum', perspective: 'expert_by_experience' },
  { key: 'rachid', name: 'Rachid El Idrissi', email: 'r.elidrissi@ervaringmokum.example.org',
    organisation: 'ervaringMokum', perspective: 'expert_by_experience' },
  { key: 'chantal', name: 'Chantal Sedney', email: 'c.sedney@ervaringmokum.example.org',
    organisation: 'ervaringMokum', perspective: 'expert_by_experience' },
  { key: 'yvonne', name: 'Yvonne Kok', email: 'y.kok@clientenstem.example.org',
    organisation: 'clientenstem', perspective: 'advocate' },
  { key: 'erik', name: 'Erik Schouten', email: 'e.schouten@clientenstem.example.org',
    organisation: 'clientenstem', perspective: 'advocate' },
  { key: 'ingrid', name: 'Ingrid Visser', email: 'i.visser@kenniswerkplaats.example.org',
    organisation: 'kenniswerkplaats', perspective: 'researcher' },
  { key: 'fenna', name: 'Fenna Dekker', email: 'f.dekker@kenniswerkplaats.example.org',
    organisation: 'kenniswerkplaats', perspective: 'researcher' },
  { key: 'esther', name: 'Esther de Graaf', email: 'e.degraaf@amsterdam.example.org',
    organisation: 'wpi', perspective: 'municipality' },
  { key: 'linda', name: 'Linda Koster', email: 'l.koster@amsterdam.example.org',
    organisation: 'wpi', perspective: 'municipality' },
  { key: 'marieke', name: 'Marieke Hoekstra', email: 'm.hoekstra@amsterdam.example.org',
    organisation: 'ojz', perspective: 'municipality' },
  { key: 'jeroen', name: 'Jeroen Bos', email: 'j.bos@amsterdam.example.org',
    organisation: 'ojz', perspective: 'municipality' },
  { key: 'kees', name: 'Kees van Dijk', email: 'k.vandijk@buurtwerknoord.example.org',
    organisation: 'buurtwerkNoord', perspective: 'welfare_organisation' },
  { key: 'anouk', name: 'Anouk Brouwer', email: 'a.brouwer@buurtwerknoord.example.org',
    organisation: 'buurtwerkNoord', perspective: 'welfare_organisation' },
  { key: 'karin', name: 'Karin Schipper', email: 'k.schipper@sportenbuurtweesp.example.org',
    organisation: 'sportBuurtWeesp', perspective: 'welfare_organisation' },
  { key: 'naima', name: 'Naima Bouzid', email: 'n.bouzid@wijkteamwest.example.org',
    organisation: 'wijkteamWest', perspective: 'referrer' },
  { key: 'pieter', name: 'Pieter van den Berg', email: 'p.vandenberg@fondsmeedoen.example.org',
    organisation: 'fonds', perspective: 'funder' },
  { key: 'ruud', name: 'Ruud Jansen', email: 'r.jansen@kringloopwerf.example.org',
    organisation: 'kringloopwerf', perspective: 'employer' },
  { key: 'daan', name: 'Daan Peters', email: 'd.peters@horecaleerbedrijf.example.org',
    organisation: 'horeca', perspective: 'employer' },
  { key: 'wim', name: 'Wim Vermeulen', email: 'w.vermeulen@werkgeversnetwerk.example.org',
    organisation: 'werkgeversnetwerk', perspective: 'employer' },
  { key: 'henk', name: 'Henk Mulder', email: 'h.mulder@vrijwilligersoost.example.org',
    organisation: 'vrijwilligers', perspective: 'volunteer' },
  { key: 'frank', name: 'Frank de Wit', email: 'f.dewit@vrijwilligersoost.example.org',
    organisation: 'vrijwilligers', perspective: 'volunteer' },
  { key: 'gloria', name: 'Gloria Martina', email: 'g.martina@mantelzorgzuidoost.example.org',
    organisation: 'mantelzorg', perspective: 'informal_carer' },
  { key: 'miriam', name: 'Miriam Prins', email: 'm.prins@mantelzorgzuidoost.example.org',
    organisation: 'mantelzorg', perspective: 'informal_carer' },
  { key: 'ahmet', name: 'Ahmet Yılmaz', email: 'a.yilmaz@stapverder.example.org',
    organisation: 'stapVerder', perspective: 'reintegration_professional' },
  { key: 'priya', name: 'Priya Ramdin', email: 'p.ramdin@stapverder.example.org',
    organisation: 'stapVerder', perspective: 'reintegration_professional' },
] as const satisfies readonly PersonSeed[];
export type PersonKey = (typeof PEOPLE)[number]['key'];

interface UserSeed {
  email: string;
  name: string;
  role: UserRole;
  /** The project member's account is linked to a team member, which is what lets them edit. */
  person: PersonKey | null;
}

export const USERS: readonly UserSeed[] = [
  { email: 'admin@meedoenwerkt.example', name: 'Beheerder Demo', role: 'admin', person: null },
  { email: 'focusteam@meedoenwerkt.example', name: 'Fatima El Amrani', role: 'focus_team', person: null },
  { email: 'projectlid@meedoenwerkt.example', name: 'Joost de Vries', role: 'project_member', person: 'joost' },
];

// Fixed clock times keep timestamps deterministic; the day offsets mimic a team reporting a couple of weeks
// after the quarter and the focus team reviewing a fortnight later.
const RECORDED_AFTER_QUARTER_DAYS = 12;
const SUBMITTED_AFTER_QUARTER_DAYS = 14;
const REVIEWED_AFTER_QUARTER_DAYS = 28;
const STATUS_UPDATE_AFTER_QUARTER_DAYS = 15;

function at(day: string, time: string): Date {
  return new Date(`${assertIsoDate(day)}T${time}Z`);
}

function afterQuarter(period: string, days: number, time: string): Date {
  return at(addDays(quarterEnd(period), days), time);
}

function dueDate(m: MilestoneSeed, today: string): string {
  return typeof m.due === 'string' ? m.due : addDays(today, m.due.daysFromToday);
}

function fail(message: string): never {
  throw new Error(`Demo data is inconsistent: ${message}`);
}

/** The status of each quarter in a series: approved unless the series' tail says otherwise. */
function measurementStatuses(series: MeasurementSeries): MeasurementStatus[] {
  const tail = series.tail ?? [];
  if (tail.length > series.values.length) fail(`series from ${series.from} has a longer tail than values`);
  return series.values.map((_, i) => {
    const fromEnd = series.values.length - i;
    return fromEnd <= tail.length ? tail[tail.length - fromEnd]! : 'approved';
  });
}

/**
 * Guards the invariants the database cannot see (target direction, teams, owners, gate history), so a
 * careless edit of the tables fails loudly at start-up instead of showing a contradictory demo.
 */
function checkProject(p: ProjectSeed): void {
  const leads = p.team.filter((t) => t.role === 'lead').length;
  const inPlay = p.phase === 'experiment' || p.phase === 'rollout';
  if (leads > 1) fail(`${p.code} has more than one lead`);
  if (inPlay && (leads !== 1 || p.team.length < 3 || p.team.length > 5)) {
    fail(`${p.code} needs one lead and 2–4 other members`);
  }
  if ((p.phase === 'stopped') !== (p.previousPhase !== null)) fail(`${p.code} previousPhase mismatch`);
  const teamKeys = new Set<string>(p.team.map((t) => t.person));
  if (teamKeys.size !== p.team.length) fail(`${p.code} lists a person twice`);
  for (const m of p.milestones) {
    if (!teamKeys.has(m.owner)) fail(`${p.code} milestone "${m.title}" owner is not on the team`);
    if ((m.status === 'done') !== (m.completed !== undefined)) fail(`${p.code} "${m.title}" completed date`);
    // Fixed dates all lie in the past, so an open milestone with a fixed date would be overdue forever.
    if (typeof m.due === 'string' && (m.status === 'planned' || m.status === 'in_progress')) {
      fail(`${p.code} "${m.title}" is open but has a fixed due date`);
    }
  }
  if (inPlay && !p.indicators.some((i) => i.target !== null)) fail(`${p.code} has no indicator with a target`);
  for (const i of p.indicators) checkIndicator(p.code, i);
  if (p.phase === 'rollout') {
    const approvedOutcome = p.indicators.some(
      (i) => i.kind === 'outcome' && i.measurements && measurementStatuses(i.measurements).includes('approved'),
    );
    if (!approvedOutcome) fail(`${p.code} is in rollout without an approved outcome measurement`);
  }
  const goes = p.decisions.filter((d) => d.decision === 'go');
  let phase: string = 'scenario';
  for (const d of goes) {
    if (d.from !== phase) fail(`${p.code} decision history does not follow its phases`);
    phase = d.to;
  }
  if (phase !== p.phase) fail(`${p.code} decisions end in ${phase}, project is in ${p.phase}`);
}

function checkIndicator(code: string, i: IndicatorSeed): void {
  if (i.baseline && i.target) {
    if (!targetMatchesDirection(i.direction, i.baseline.value, i.target.value)) {
      fail(`${code} "${i.name}": target lies on the wrong side of the baseline`);
    }
    if (i.target.date < i.baseline.date) fail(`${code} "${i.name}": target date before baseline date`);
  }
  if (i.revision && (!i.target || i.revision.newValue !== i.target.value || i.revision.newDate !== i.target.date)) {
    fail(`${code} "${i.name}": the indicator must hold the revised target`);
  }
  for (const v of i.measurements?.values ?? []) {
    if (v < 0 || (i.unit === 'count' && !Number.isInteger(v)) || (i.unit === 'percent' && v > 100)) {
      fail(`${code} "${i.name}": value ${v} does not fit unit ${i.unit}`);
    }
  }
}

/** Inserts in one statement and returns the generated ids in the order of `rows`. */
async function insertIds<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const result = await manager.insert(entity, rows);
  return result.identifiers.map((identifier) => Number(identifier['id']));
}

function lookup<K extends string>(ids: ReadonlyMap<string, number>, key: K, what: string): number {
  const id = ids.get(key);
  if (id === undefined) fail(`unknown ${what} "${key}"`);
  return id;
}

function zip<K extends string>(keys: readonly K[], ids: readonly number[]): Map<string, number> {
  return new Map(keys.map((key, i) => [key, ids[i]!]));
}

export async function loadDemoData(manager: EntityManager, today: string): Promise<DemoSummary> {
  assertIsoDate(today, 'today');
  PROJECTS.forEach(checkProject);

  const [labId] = await insertIds(manager, LabEntity, [{ ...LAB }]);
  if (labId === undefined) fail('the lab was not inserted');

  const themeIds = zip(
    THEMES.map((t) => t.key),
    await insertIds(manager, ThemeEntity, THEMES.map((t) => ({ labId, name: t.name, description: t.description }))),
  );
  const organisationIds = zip(
    ORGANISATIONS.map((o) => o.key),
    await insertIds(manager, OrganisationEntity,
      ORGANISATIONS.map((o) => ({ name: o.name, perspective: o.perspective, website: o.website }))),
  );
  const personIds = zip(
    PEOPLE.map((p) => p.key),
    await insertIds(manager, PersonEntity, PEOPLE.map((p) => ({
      name: p.name, email: p.email, perspective: p.perspective,
      organisationId: lookup(organisationIds, p.organisation, 'organisation'),
    }))),
  );
  const userIds = zip(
    USERS.map((u) => u.role),
    await insertIds(manager, UserEntity, USERS.map((u) => ({
      email: u.email, name: u.name, role: u.role, active: true, passwordHash: null,
      personId: u.person === null ? null : lookup(personIds, u.person, 'person'),
    }))),
  );
  const adminId = lookup(userIds, 'admin', 'user role');
  const focusTeamId = lookup(userIds, 'focus_team', 'user role');
  const projectMemberId = lookup(userIds, 'project_member', 'user role');
  const projectMemberPerson = USERS.find((u) => u.role === 'project_member')?.person ?? null;

  const districts = await manager.find(DistrictEntity);
  const districtIds = new Map(districts.map((d) => [d.code, d.id]));

  const projectIds = zip(
    PROJECTS.map((p) => p.code),
    await insertIds(manager, ProjectEntity, PROJECTS.map((p) => ({
      labId, code: p.code, title: p.title, summary: p.summary, problem: p.problem, targetGroup: p.targetGroup,
      phase: p.phase, previousPhase: p.previousPhase, health: p.health, startDate: p.startDate,
      plannedEndDate: p.plannedEndDate, budgetCents: p.budgetCents,
      leadOrganisationId: lookup(organisationIds, p.leadOrganisation, 'organisation'),
    }))),
  );
  const projectId = (p: ProjectSeed) => lookup(projectIds, p.code, 'project');

  await manager.insert(ProjectThemeEntity, PROJECTS.flatMap((p) =>
    p.themes.map((t) => ({ projectId: projectId(p), themeId: lookup(themeIds, t, 'theme') }))));
  await manager.insert(ProjectDistrictEntity, PROJECTS.flatMap((p) =>
    p.districts.map((d) => ({ projectId: projectId(p), districtId: lookup(districtIds, d, 'district') }))));

  await insertIds(manager, MembershipEntity, PROJECTS.flatMap((p) => p.team.map((t) => ({
    projectId: projectId(p), personId: lookup(personIds, t.person, 'person'), role: t.role,
  }))));

  await insertIds(manager, MilestoneEntity, PROJECTS.flatMap((p) => p.milestones.map((m) => ({
    projectId: projectId(p), title: m.title, description: m.description ?? null, phase: m.phase,
    dueDate: dueDate(m, today), status: m.status, completedDate: m.completed ?? null,
    ownerId: lookup(personIds, m.owner, 'person'),
  }))));

  const indicatorSeeds = PROJECTS.flatMap((p) => p.indicators.map((i) => ({ project: p, indicator: i })));
  const indicatorIds = zip(
    indicatorSeeds.map(({ indicator }) => indicator.key),
    await insertIds(manager, IndicatorEntity, indicatorSeeds.map(({ project, indicator: i }) => ({
      projectId: projectId(project), name: i.name, definition: i.definition, kind: i.kind, aspect: i.aspect,
      unit: i.unit, direction: i.direction, aggregation: i.aggregation,
      baselineValue: i.baseline?.value ?? null, baselineDate: i.baseline?.date ?? null,
      targetValue: i.target?.value ?? null, targetDate: i.target?.date ?? null, dataSource: i.dataSource,
    }))),
  );
  if (indicatorIds.size !== indicatorSeeds.length) fail('indicator keys are not unique');

  await insertIds(manager, TargetRevisionEntity, indicatorSeeds.flatMap(({ indicator: i }) =>
    i.revision ? [{
      indicatorId: lookup(indicatorIds, i.key, 'indicator'),
      oldValue: i.revision.oldValue, newValue: i.revision.newValue,
      oldDate: i.revision.oldDate, newDate: i.revision.newDate,
      effectiveFrom: i.revision.effectiveFrom, reason: i.revision.reason,
      revisedById: focusTeamId, revisedAt: at(i.revision.revisedOn, '10:30:00'),
    }] : []));

  await insertIds(manager, MeasurementEntity, indicatorSeeds.flatMap(({ project, indicator: i }) => {
    const series = i.measurements;
    if (!series) return [];
    const periods = quarterRange(series.from, addQuarters(series.from, series.values.length - 1));
    const statuses = measurementStatuses(series);
    // Whoever is on the team with an account records; other teams' figures came in through the programme office.
    const recordedById = projectMemberPerson !== null && project.team.some((t) => t.person === projectMemberPerson)
      ? projectMemberId : adminId;
    return periods.map((period, n) => {
      const status = statuses[n]!;
      const reviewed = status === 'approved' || status === 'returned';
      return {
        indicatorId: lookup(indicatorIds, i.key, 'indicator'), period, value: series.values[n]!,
        note: series.notes?.[period] ?? null,
        evidenceUrl: reviewed && i.evidenceBase ? `${i.evidenceBase}/${period.toLowerCase()}` : null,
        status, reviewComment: status === 'returned' ? (series.returnComment ?? fail(`${i.key} return comment`)) : null,
        recordedById, recordedAt: afterQuarter(period, RECORDED_AFTER_QUARTER_DAYS, '09:15:00'),
        submittedAt: status === 'draft' ? null : afterQuarter(period, SUBMITTED_AFTER_QUARTER_DAYS, '16:00:00'),
        reviewedById: reviewed ? focusTeamId : null,
        reviewedAt: reviewed ? afterQuarter(period, REVIEWED_AFTER_QUARTER_DAYS, '11:00:00') : null,
      };
    });
  }));

  const projectByCode = new Map(PROJECTS.map((p) => [p.code, p]));
  await insertIds(manager, AgreementEntity, AGREEMENTS.map((a) => {
    const project = projectByCode.get(a.project) ?? fail(`agreement "${a.title}" names unknown project`);
    const outcome = a.outcome;
    if ((a.kind === 'outcome_contract') !== (outcome !== undefined)) fail(`agreement "${a.title}" payment rule`);
    if (outcome) {
      const indicator = project.indicators.find((i) => i.key === outcome.indicator);
      if (!indicator || indicator.kind !== 'outcome') {
        fail(`agreement "${a.title}" must pay for an outcome indicator of ${a.project}`);
      }
    }
    return {
      projectId: projectId(project), organisationId: lookup(organisationIds, a.organisation, 'organisation'),
      title: a.title, kind: a.kind, status: a.status, signedDate: a.signedDate, startDate: a.startDate,
      endDate: a.endDate, commitments: a.commitments, contributionCents: a.contributionCents,
      indicatorId: outcome ? lookup(indicatorIds, outcome.indicator, 'indicator') : null,
      pricePerUnitCents: outcome?.pricePerUnitCents ?? null, maxPaymentCents: outcome?.maxPaymentCents ?? null,
    };
  }));

  await insertIds(manager, StatusUpdateEntity, PROJECTS.flatMap((p) => p.statusUpdates.map((s) => ({
    projectId: projectId(p), period: s.period, health: s.health, narrative: s.narrative,
    submittedAt: afterQuarter(s.period, STATUS_UPDATE_AFTER_QUARTER_DAYS, '15:30:00'),
  }))));

  await insertIds(manager, LessonEntity, LESSONS.map((l) => ({
    projectId: projectId(projectByCode.get(l.project) ?? fail(`lesson names unknown project ${l.project}`)),
    kind: l.kind, themeId: lookup(themeIds, l.theme, 'theme'), text: l.text, date: l.date,
  })));

  await insertIds(manager, PhaseDecisionEntity, PROJECTS.flatMap((p) => p.decisions.map((d) => ({
    projectId: projectId(p), fromPhase: d.from, toPhase: d.to, decision: d.decision,
    decidedById: focusTeamId, decidedAt: at(d.decidedOn, '14:00:00'),
    rationale: d.rationale, conditions: d.conditions,
  }))));

  return {
    labId,
    projects: PROJECTS.length,
    users: USERS.map((u) => ({ email: u.email, role: u.role, name: u.name })),
  };
}
