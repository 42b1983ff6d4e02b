import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { measurementReturnedText } from '@lab/domain';
import type { Actor } from '../common/actor';
import { OutboxService } from './outbox.service';

/** The quarterly entry of a project and quarter: the dashboard's route (apps/admin quarters/paths.ts). */
export const quarterEntryPath = (projectId: number, period: string) => `/projects/${projectId}/quarters/${period}`;

/** The signed-in accounts of a project's team: users linked to a person with a membership of the project. */
export async function teamUserIds(manager: EntityManager, projectId: number): Promise<number[]> {
  const rows: { id: number }[] = await manager.query(
    `SELECT DISTINCT u.id FROM memberships m JOIN users u ON u.person_id = m.person_id
      WHERE m.project_id = $1 AND u.active ORDER BY u.id`, [projectId],
  );
  return rows.map((r) => r.id);
}

/** The focus team's active accounts. */
export async function focusTeamUserIds(manager: EntityManager): Promise<number[]> {
  const rows: { id: number }[] = await manager.query(`SELECT id FROM users WHERE role = 'focus_team' AND active ORDER BY id`);
  return rows.map((r) => r.id);
}

/** Notices a review step sends to the project's team. */
@Injectable()
export class TeamNotices {
  constructor(private readonly outbox: OutboxService) {}

  /**
   * A measurement came back to the team: each member hears it with the reviewer's comment and a link to the
   * quarterly entry. Written in the review's own transaction; `version` (the measurement's version after the
   * step) makes each return its own notice, and the same return never two.
   */
  async measurementReturned(manager: EntityManager, measurementId: number, version: number, comment: string, actor: Actor): Promise<void> {
    const [m]: { projectId: number; projectCode: string; indicatorName: string; period: string; reviewer: string }[] = await manager.query(
      `SELECT p.id AS "projectId", p.code AS "projectCode", i.name AS "indicatorName", m.period, u.name AS reviewer
         FROM measurements m JOIN indicators i ON i.id = m.indicator_id JOIN projects p ON p.id = i.project_id, users u
        WHERE m.id = $1 AND u.id = $2`, [measurementId, actor.userId],
    );
    if (!m) return;
    const team = (await teamUserIds(manager, m.projectId)).filter((id) => id !== actor.userId);
    await this.outbox.write(manager, team.map((userId) => ({
      userId,
      kind: 'measurement_returned' as const,
      key: `returned:${measurementId}:v${version}:${userId}`,
      path: quarterEntryPath(m.projectId, m.period),
      text: (language, link) => measurementReturnedText({ ...m, comment, link }, language),
    })));
  }
}
