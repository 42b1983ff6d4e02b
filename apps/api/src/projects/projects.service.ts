import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  assertTransition, CRITERIA_WORDS, DomainError, overrideProblems, successCriteriaProblems, type GateCriterionCheck, type GateDecision, type GateFacts,
  type Phase,
} from '@lab/domain';
import { AuditService, diff, type AuditEntry } from '../common/audit/audit.service';
import type { Actor } from '../common/actor';
import { CrudService, type Json } from '../common/crud.service';
import { writeNextVersion } from '../common/next-version';
import { throwFieldErrors } from '../common/field-errors';
import { PhaseDecisionEntity } from '../phase-decisions/phase-decision.entity';
import { judgedCriteria } from '../success-criteria/judged-criteria';
import { fixCriteria, projectIndicatorFacts } from '../success-criteria/success-criteria.service';
import type { TransitionDto } from './dto/project.dto';
import { ProjectEntity } from './project.entity';
import { PROJECTS } from './projects.resource';

@Injectable()
export class ProjectsService extends CrudService<ProjectEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, PROJECTS);
  }

  /** An indicator adopts only definitions of its project's lab: a project whose indicators adopt some stays in that lab. */
  protected override async beforeUpdate(manager: EntityManager, existing: ProjectEntity, values: Record<string, unknown>): Promise<void> {
    if (values.labId === undefined || values.labId === existing.labId) return;
    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM indicators i JOIN indicator_definitions d ON d.id = i.definition_id
        WHERE i.project_id = $1 AND d.lab_id <> $2`,
      [existing.id, values.labId],
    );
    if (n === 0) return;
    const fix = `cannot change while ${n} ${n === 1 ? 'indicator of this project adopts a definition' : 'indicators of this project adopt definitions'} `
      + 'of its lab: let them leave those definitions first';
    throw new DomainError('CONFLICT', `This project's labId ${fix}.`, { errors: { labId: fix } });
  }

  /**
   * A gate decision. The project row is locked first so that two decisions cannot both move it; the rule
   * itself lives in libs/domain. A refused request writes nothing; a no-go is recorded and keeps the phase.
   */
  async transition(id: number, dto: TransitionDto, actor: Actor | null): Promise<{ decision: PhaseDecisionEntity; project: Json }> {
    return this.dataSource.transaction(async (manager) => {
      const project = await manager.findOne(ProjectEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!project) await this.load(manager, id); // throws the 404

      const facts = await this.gateFacts(manager, id);
      const from = project!.phase;
      const to = dto.to as Phase;
      // Into rollout, the criteria fixed at the experiment's start are judged on the approved figures now.
      const criteria = from === 'experiment' && to === 'rollout' ? await this.gateCriteria(manager, id) : [];
      const unmetCriteria = criteria.filter((c) => !c.judgement.met).length;
      const newPhase = assertTransition({
        from, to, decision: dto.decision as GateDecision, rationale: dto.rationale, previousPhase: project!.previousPhase,
        role: actor?.role, facts: { ...facts, unmetSuccessCriteria: unmetCriteria }, override: dto.override,
      });

      // What the decision records beyond the gate's criteria: the hypothesis and thresholds of a go into the
      // experiment, the override of a go into rollout. Refused with a 400 naming each field, before any write.
      const intoExperiment = dto.decision === 'go' && from === 'scenario' && to === 'experiment';
      const errors: Record<string, string> = {};
      if (intoExperiment) {
        Object.assign(errors, successCriteriaProblems(dto, await projectIndicatorFacts(manager, id), project!.code));
      } else {
        if (dto.hypothesis != null) errors.hypothesis = CRITERIA_WORDS.onlyIntoExperiment;
        if (dto.criteria != null) errors.criteria = CRITERIA_WORDS.onlyIntoExperiment;
      }
      Object.assign(errors, overrideProblems(dto, unmetCriteria));
      throwFieldErrors('phase decision', errors);

      const before = await this.get(id, manager);
      const override = dto.override === true;
      const decision = manager.create(PhaseDecisionEntity, {
        projectId: id, fromPhase: from, toPhase: to, decision: dto.decision as GateDecision,
        decidedById: actor?.userId ?? null, rationale: dto.rationale ?? null, conditions: dto.conditions ?? null,
        hypothesis: intoExperiment ? dto.hypothesis! : null, override, overrideRationale: override ? dto.overrideRationale! : null,
        unmetCriteria: dto.decision === 'go' && to === 'rollout' && from === 'experiment' ? unmetCriteria : null,
      });
      await manager.save(decision);
      if (intoExperiment) await fixCriteria(manager, this.audit, id, decision.id, dto.criteria ?? [], actor?.userId ?? null);

      let after: Json = before;
      const event = async (): Promise<AuditEntry> => {
        after = await this.get(id, manager);
        return {
          userId: actor?.userId ?? null, resource: 'projects', recordId: id, action: 'transition',
          // A no-go changes no field: the decision itself is what happened.
          changes: {
            ...diff(before, after), decision: { before: null, after: dto.decision },
            ...(override ? { override: { before: null, after: true }, overrideRationale: { before: null, after: dto.overrideRationale } } : {}),
          },
        };
      };
      // Remember where a stopped project came from: an admin may reopen it there, and only there.
      const set = { phase: newPhase, previousPhase: newPhase === 'stopped' ? from : null };
      if (newPhase !== from) await writeNextVersion(manager, this.audit, { entity: ProjectEntity, id, set }, event);
      else await this.audit.record(manager, await event());
      return { decision, project: after };
    });
  }

  /** The project's success criteria as the rollout gate judges them: from its approved figures. */
  gateCriteria(manager: DataSource['manager'], projectId: number): Promise<GateCriterionCheck[]> {
    return judgedCriteria(manager, { projectId });
  }

  /** What the gate counts on the project; the overview shows the same facts the gate decides on. */
  async gateFacts(manager: DataSource['manager'], projectId: number): Promise<GateFacts> {
    const [row] = await manager.query(
      `SELECT
         EXISTS (SELECT 1 FROM memberships WHERE project_id = $1 AND role = 'lead') AS "hasLead",
         (SELECT count(*)::int FROM milestones WHERE project_id = $1) AS "milestoneCount",
         (SELECT count(*)::int FROM indicators WHERE project_id = $1 AND target_value IS NOT NULL) AS "indicatorsWithTarget",
         (SELECT count(*)::int FROM measurements m JOIN indicators i ON i.id = m.indicator_id
           WHERE i.project_id = $1 AND i.kind = 'outcome' AND m.status = 'approved') AS "approvedOutcomeMeasurements"`,
      [projectId],
    );
    return row as GateFacts;
  }
}
