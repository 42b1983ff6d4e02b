import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import {
  addDays, agreementProblems, assertIsoDate, quarterEnd, quarterRange, addQuarters, definitionDivergence, indicatorProblems, inWords,
  judgeCriterion, measurementValueProblems, RULE_WORDS, successCriteriaProblems, type ApprovedQuarter, type MeasurementStatus,
} from '@lab/domain';
import { AgreementEntity } from '../agreements/agreement.entity';
import { DimensionEntity } from '../dimensions/dimension.entity';
import { DistrictEntity } from '../districts/district.entity';
import { IndicatorDefinitionEntity } from '../indicator-definitions/indicator-definition.entity';
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
import { SuccessCriterionRevisionEntity } from '../success-criteria/success-criterion-revision.entity';
import { SuccessCriterionEntity } from '../success-criteria/success-criterion.entity';
import { TargetRevisionEntity } from '../target-revisions/target-revision.entity';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';
import { LAB as DEMO_LAB, ORGANISATIONS, PEOPLE, THEMES, USERS } from './demo-catalogue';
import {
  AGREEMENTS as DEMO_AGREEMENTS, LESSONS as DEMO_LESSONS, PROJECTS as DEMO_PROJECTS,
  type IndicatorSeed, type MeasurementSeries, type MilestoneSeed, type ProjectSeed,
} from './demo-projects';
import {
  BREAKDOWNS, DEFINITIONS, DOELGROEP, EVIDENCE, splitCount, SUCCESS_CRITERIA as DEMO_CRITERIA, type CriteriaSeed,
} from './demo-evidence';
import { demoShift, shiftTable } from './demo-timeline';

// The demo lab: illustrative project plans around the real Participatielab "Meedoen Werkt!" (Amsterdam).
// Everything is a constant table so that the same `today` always yields the same rows. The tables are laid
// out in time relative to `today` (demo-timeline.ts): their richest quarter is the last completed one, and a
// few open milestones lie just before and after today, so that the dashboard has something due and overdue.
// Names of people are fictional professionals; nothing here describes a citizen.

export interface DemoSummary {
  labId: number;
  projects: number;
  users: { email: string; role: string; name: string }[];
}

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
  // The same rules as the API's, so the demo lab holds nothing a user could not have entered.
  const problems = inWords(indicatorProblems({
    unit: i.unit, direction: i.direction, baselineValue: i.baseline?.value, baselineDate: i.baseline?.date,
    targetValue: i.target?.value, targetDate: i.target?.date,
  }));
  for (const [field, words] of Object.entries(problems)) fail(`${code} "${i.name}": ${field} ${words}`);
  if (i.revision && (!i.target || i.revision.newValue !== i.target.value || i.revision.newDate !== i.target.date)) {
    fail(`${code} "${i.name}": the indicator must hold the revised target`);
  }
  for (const v of i.measurements?.values ?? []) {
    const problem = measurementValueProblems(i.unit, v).value;
    if (problem) fail(`${code} "${i.name}": value ${v} ${RULE_WORDS[problem]}`);
  }
}

/** The quarters of an indicator approved by `day` (reviewed REVIEWED_AFTER_QUARTER_DAYS after each quarter), as the gate saw them then. */
function approvedBy(i: IndicatorSeed, day: string): ApprovedQuarter[] {
  const series = i.measurements;
  if (!series) return [];
  const statuses = measurementStatuses(series);
  return quarterRange(series.from, addQuarters(series.from, series.values.length - 1)).flatMap((period, n) =>
    statuses[n] === 'approved' && addDays(quarterEnd(period), REVIEWED_AFTER_QUARTER_DAYS) <= day
      ? [{ period, value: series.values[n]!, peopleMeasured: EVIDENCE[i.key]?.peopleMeasured ?? null }] : []);
}

/**
 * Every project past its scenario has its hypothesis and a threshold per outcome indicator, by the rules the
 * gate applies; a go into rollout against unmet criteria (judged on the figures approved by that day) is an
 * override with its rationale, and one without unmet criteria is not. Answers the unmet count per project.
 */
function checkCriteria(projects: readonly ProjectSeed[], criteria: Readonly<Record<string, CriteriaSeed>>): Map<string, number> {
  const unmetAtRollout = new Map<string, number>();
  for (const code of Object.keys(criteria)) if (!projects.some((p) => p.code === code)) fail(`criteria for unknown project ${code}`);
  for (const p of projects) {
    const c = criteria[p.code];
    const wentIn = p.decisions.some((d) => d.decision === 'go' && d.from === 'scenario' && d.to === 'experiment');
    if (wentIn !== (c !== undefined)) fail(`${p.code} ${wentIn ? 'went into its experiment without' : 'has'} success criteria`);
    if (!c) continue;
    const facts = p.indicators.map((i, n) => ({ id: n + 1, name: i.name, kind: i.kind, unit: i.unit, direction: i.direction, baselineValue: i.baseline?.value ?? null }));
    const input = Object.entries(c.thresholds).map(([key, th]) => ({ indicatorId: p.indicators.findIndex((i) => i.key === key) + 1, value: th.value, byDate: th.byDate }));
    for (const [field, words] of Object.entries(successCriteriaProblems({ hypothesis: c.hypothesis, criteria: input }, facts, p.code))) fail(`${p.code} criteria: ${field} ${words}`);
    const rollout = p.decisions.find((d) => d.decision === 'go' && d.from === 'experiment' && d.to === 'rollout');
    if (!rollout) {
      if (c.override) fail(`${p.code} has an override but no go into rollout`);
      continue;
    }
    const unmet = Object.entries(c.thresholds).filter(([key, th]) => {
      const i = p.indicators.find((x) => x.key === key)!;
      return !judgeCriterion(th, i, approvedBy(i, rollout.decidedOn)).met;
    }).length;
    if ((unmet > 0) !== (c.override !== undefined)) fail(`${p.code} went into rollout with ${unmet} unmet criteria ${c.override ? 'but an override' : 'and no override'}`);
    unmetAtRollout.set(p.code, unmet);
  }
  if (![...unmetAtRollout.values()].some((n) => n > 0)) fail('no project went into rollout as an override');
  return unmetAtRollout;
}

/** Inserts in one statement and returns the generated ids in the order of `rows`. */
/** Indicator key → the key of the definition it adopts; each adopting indicator follows its definition's terms. */
function definitionOf(indicators: readonly IndicatorSeed[]): Map<string, string> {
  const byKey = new Map(indicators.map((i) => [i.key, i]));
  const adopted = new Map<string, string>();
  for (const d of DEFINITIONS) {
    for (const key of d.adoptedBy) {
      const i = byKey.get(key) ?? fail(`definition "${d.name}" is adopted by unknown indicator ${key}`);
      if (adopted.has(key)) fail(`indicator ${key} adopts two definitions`);
      for (const [field, words] of Object.entries(definitionDivergence(d, i))) fail(`${key} ${field} ${words}`);
      adopted.set(key, d.key);
    }
  }
  for (const key of Object.keys(EVIDENCE)) if (!byKey.has(key)) fail(`evidence for unknown indicator ${key}`);
  for (const key of Object.keys(BREAKDOWNS)) {
    const i = byKey.get(key) ?? fail(`breakdown of unknown indicator ${key}`);
    // Demo parts are split from whole counts that add up: only sum counts are broken down so.
    if (i.unit !== 'count' || i.aggregation !== 'sum') fail(`breakdown of ${key}: only counts that add up`);
  }
  return adopted;
}

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
  // The tables' quarters and days, moved so that their story quarter is the last completed one.
  const shift = demoShift(today);
  const [lab, projects, agreements, lessons, criteria] = shiftTable([DEMO_LAB, DEMO_PROJECTS, DEMO_AGREEMENTS, DEMO_LESSONS, DEMO_CRITERIA] as const, shift);
  projects.forEach(checkProject);
  const judged = checkCriteria(projects, criteria);

  const [labId] = await insertIds(manager, LabEntity, [{ ...lab }]);
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
    projects.map((p) => p.code),
    await insertIds(manager, ProjectEntity, projects.map((p) => ({
      labId, code: p.code, title: p.title, summary: p.summary, problem: p.problem, targetGroup: p.targetGroup,
      phase: p.phase, previousPhase: p.previousPhase, health: p.health, startDate: p.startDate,
      plannedEndDate: p.plannedEndDate, budgetCents: p.budgetCents,
      leadOrganisationId: lookup(organisationIds, p.leadOrganisation, 'organisation'),
    }))),
  );
  const projectId = (p: ProjectSeed) => lookup(projectIds, p.code, 'project');

  await manager.insert(ProjectThemeEntity, projects.flatMap((p) =>
    p.themes.map((t) => ({ projectId: projectId(p), themeId: lookup(themeIds, t, 'theme') }))));
  await manager.insert(ProjectDistrictEntity, projects.flatMap((p) =>
    p.districts.map((d) => ({ projectId: projectId(p), districtId: lookup(districtIds, d, 'district') }))));

  await insertIds(manager, MembershipEntity, projects.flatMap((p) => p.team.map((t) => ({
    projectId: projectId(p), personId: lookup(personIds, t.person, 'person'), role: t.role,
  }))));

  await insertIds(manager, MilestoneEntity, projects.flatMap((p) => p.milestones.map((m) => ({
    projectId: projectId(p), title: m.title, description: m.description ?? null, phase: m.phase,
    dueDate: dueDate(m, today), status: m.status, completedDate: m.completed ?? null,
    ownerId: lookup(personIds, m.owner, 'person'),
  }))));

  const definitionIds = zip(
    DEFINITIONS.map((d) => d.key),
    await insertIds(manager, IndicatorDefinitionEntity, DEFINITIONS.map((d) => ({
      labId, name: d.name, definition: d.definition, kind: d.kind, aspect: d.aspect, unit: d.unit, direction: d.direction,
      aggregation: d.aggregation, dataSource: d.dataSource,
    }))),
  );
  // The lab got its stadsdeel dimension from the districts when it was inserted; doelgroep is the demo's own.
  const [stadsdeel] = await manager.find(DimensionEntity, { where: { labId, key: 'stadsdeel' } });
  if (!stadsdeel) fail('the lab has no stadsdeel dimension');
  const [doelgroepId] = await insertIds(manager, DimensionEntity, [{ labId, ...DOELGROEP, values: [...DOELGROEP.values] }]);
  const dimensions = { stadsdeel: { id: stadsdeel.id, codes: stadsdeel.values.map((v) => v.code) }, doelgroep: { id: doelgroepId!, codes: DOELGROEP.values.map((v) => v.code) } };
  const dimensionIdsOf = (key: string) => Object.keys(BREAKDOWNS[key] ?? {}).map((d) => dimensions[d as keyof typeof dimensions].id);
  const partsOf = (key: string, value: number) => {
    const breakdown = BREAKDOWNS[key];
    if (!breakdown) return null;
    return Object.fromEntries(Object.entries(breakdown).map(([d, weights]) => [d, splitCount(value, weights!, dimensions[d as keyof typeof dimensions].codes)]));
  };
  const indicatorSeeds = projects.flatMap((p) => p.indicators.map((i) => ({ project: p, indicator: i })));
  const adopted = definitionOf(indicatorSeeds.map(({ indicator }) => indicator));
  const indicatorIds = zip(
    indicatorSeeds.map(({ indicator }) => indicator.key),
    await insertIds(manager, IndicatorEntity, indicatorSeeds.map(({ project, indicator: i }) => ({
      projectId: projectId(project), name: i.name, definition: i.definition, kind: i.kind, aspect: i.aspect,
      unit: i.unit, direction: i.direction, aggregation: i.aggregation,
      baselineValue: i.baseline?.value ?? null, baselineDate: i.baseline?.date ?? null,
      targetValue: i.target?.value ?? null, targetDate: i.target?.date ?? null, dataSource: i.dataSource,
      definitionId: adopted.has(i.key) ? lookup(definitionIds, adopted.get(i.key)!, 'definition') : null,
      evidenceDesign: EVIDENCE[i.key]?.design ?? 'none', evidenceSource: EVIDENCE[i.key]?.source ?? null,
      validatedBy: EVIDENCE[i.key]?.validatedBy ?? null, dimensionIds: dimensionIdsOf(i.key),
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
        note: series.notes?.[period] ?? null, peopleMeasured: EVIDENCE[i.key]?.peopleMeasured ?? null, parts: partsOf(i.key, series.values[n]!),
        evidenceUrl: reviewed && i.evidenceBase ? `${i.evidenceBase}/${period.toLowerCase()}` : null,
        status, reviewComment: status === 'returned' ? (series.returnComment ?? fail(`${i.key} return comment`)) : null,
        recordedById, recordedAt: afterQuarter(period, RECORDED_AFTER_QUARTER_DAYS, '09:15:00'),
        submittedAt: status === 'draft' ? null : afterQuarter(period, SUBMITTED_AFTER_QUARTER_DAYS, '16:00:00'),
        reviewedById: reviewed ? focusTeamId : null,
        reviewedAt: reviewed ? afterQuarter(period, REVIEWED_AFTER_QUARTER_DAYS, '11:00:00') : null,
      };
    });
  }));

  const projectByCode = new Map(projects.map((p) => [p.code, p]));
  await insertIds(manager, AgreementEntity, agreements.map((a) => {
    const project = projectByCode.get(a.project) ?? fail(`agreement "${a.title}" names unknown project`);
    const outcome = a.outcome;
    if ((a.kind === 'outcome_contract') !== (outcome !== undefined)) fail(`agreement "${a.title}" payment rule`);
    if (outcome) {
      const indicator = project.indicators.find((i) => i.key === outcome.indicator);
      if (!indicator || indicator.kind !== 'outcome') {
        fail(`agreement "${a.title}" must pay for an outcome indicator of ${a.project}`);
      }
    }
    const row = {
      projectId: projectId(project), organisationId: lookup(organisationIds, a.organisation, 'organisation'),
      title: a.title, kind: a.kind, status: a.status, signedDate: a.signedDate, startDate: a.startDate,
      endDate: a.endDate, commitments: a.commitments, contributionCents: a.contributionCents,
      indicatorId: outcome ? lookup(indicatorIds, outcome.indicator, 'indicator') : null,
      pricePerUnitCents: outcome?.pricePerUnitCents ?? null, maxPaymentCents: outcome?.maxPaymentCents ?? null,
    };
    for (const [field, words] of Object.entries(inWords(agreementProblems(row)))) fail(`agreement "${a.title}": ${field} ${words}`);
    return row;
  }));

  await insertIds(manager, StatusUpdateEntity, projects.flatMap((p) => p.statusUpdates.map((s) => ({
    projectId: projectId(p), period: s.period, health: s.health, narrative: s.narrative,
    submittedAt: afterQuarter(s.period, STATUS_UPDATE_AFTER_QUARTER_DAYS, '15:30:00'),
  }))));

  await insertIds(manager, LessonEntity, lessons.map((l) => ({
    projectId: projectId(projectByCode.get(l.project) ?? fail(`lesson names unknown project ${l.project}`)),
    kind: l.kind, themeId: lookup(themeIds, l.theme, 'theme'), text: l.text, date: l.date,
  })));

  const decisions = projects.flatMap((p) => p.decisions.map((d) => ({ project: p, d })));
  const decisionIds = await insertIds(manager, PhaseDecisionEntity, decisions.map(({ project: p, d }) => {
    const c = criteria[p.code];
    const intoExperiment = d.decision === 'go' && d.from === 'scenario' && d.to === 'experiment';
    const intoRollout = d.decision === 'go' && d.from === 'experiment' && d.to === 'rollout';
    const unmet = intoRollout ? (judged.get(p.code) ?? 0) : null;
    return {
      projectId: projectId(p), fromPhase: d.from, toPhase: d.to, decision: d.decision,
      decidedById: focusTeamId, decidedAt: at(d.decidedOn, '14:00:00'),
      rationale: d.rationale, conditions: d.conditions,
      hypothesis: intoExperiment ? (c?.hypothesis ?? null) : null,
      override: intoRollout && c?.override !== undefined, overrideRationale: intoRollout ? (c?.override ?? null) : null, unmetCriteria: unmet,
    };
  }));

  // The success criteria each go into the experiment fixed, and their revisions (flagged once approved results existed).
  const fixedBy = new Map(decisions.flatMap(({ project: p, d }, n) =>
    d.decision === 'go' && d.from === 'scenario' && d.to === 'experiment' ? [[p.code, decisionIds[n]!] as const] : []));
  const thresholdRows = projects.flatMap((p) => Object.entries(criteria[p.code]?.thresholds ?? {}).map(([key, th]) => ({ p, key, th })));
  const criterionIds = await insertIds(manager, SuccessCriterionEntity, thresholdRows.map(({ p, key, th }) => ({
    projectId: projectId(p), indicatorId: lookup(indicatorIds, key, 'indicator'), phaseDecisionId: fixedBy.get(p.code) ?? fail(`${p.code} has criteria but no go into the experiment`),
    value: th.value, byDate: th.byDate, version: th.revision ? 2 : 1,
  })));
  await insertIds(manager, SuccessCriterionRevisionEntity, thresholdRows.flatMap(({ p, key, th }, n) => {
    if (!th.revision) return [];
    const indicator = p.indicators.find((i) => i.key === key)!;
    const approvedThen = approvedBy(indicator, th.revision.revisedOn).length;
    return [{
      criterionId: criterionIds[n]!, oldValue: th.revision.oldValue, newValue: th.value, oldDate: th.revision.oldDate, newDate: th.byDate,
      reason: th.revision.reason, changedAfterResults: approvedThen > 0, approvedQuarters: approvedThen,
      revisedById: focusTeamId, revisedAt: at(th.revision.revisedOn, '11:30:00'),
    }];
  }));

  return {
    labId,
    projects: projects.length,
    users: USERS.map((u) => ({ email: u.email, role: u.role, name: u.name })),
  };
}
