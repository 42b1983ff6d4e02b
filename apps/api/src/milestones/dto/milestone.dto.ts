import { MILESTONE_STATUSES } from '@lab/domain';
import { AcceptReadOnly, Id, IsoDate, OneOf, Text, UpdateDto } from '../../common/validators';

export const MILESTONE_READ_ONLY = ['overdue'] as const;
export const MILESTONE_PHASES = ['scenario', 'experiment', 'rollout'] as const;

export class CreateMilestoneDto {
  @Id(true) projectId: number;
  @Text(300, true) title: string;
  @Text(10000) description?: string | null;
  @OneOf(MILESTONE_PHASES, true) phase: string;
  @IsoDate(true) dueDate: string;
  @OneOf(MILESTONE_STATUSES) status?: string;
  @IsoDate() completedDate?: string | null;
  @Id() ownerId?: number | null;
}
AcceptReadOnly(CreateMilestoneDto, MILESTONE_READ_ONLY);
export class UpdateMilestoneDto extends UpdateDto(CreateMilestoneDto, MILESTONE_READ_ONLY) {}
