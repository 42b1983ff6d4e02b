import { Type } from 'class-transformer';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, Matches, ValidateNested } from 'class-validator';
import { GATE_DECISIONS, HEALTHS, PHASES } from '@lab/domain';
import { CriterionDto } from '../../success-criteria/dto/success-criterion.dto';
import { AcceptReadOnly, Cents, Id, IdArray, IsoDate, OneOf, Text, UpdateDto } from '../../common/validators';

export const PROJECT_READ_ONLY = ['phase', 'previousPhase'] as const;

export class CreateProjectDto {
  @Id(true) labId: number;
  @Text(20, true) @Matches(/^[A-Za-z0-9][A-Za-z0-9-]*$/, { message: 'code may hold letters, digits and dashes, like MW-01' }) code: string;
  @Text(300, true) title: string;
  @Text(10000) summary?: string | null;
  @Text(10000) problem?: string | null;
  @Text(10000) targetGroup?: string | null;
  @OneOf(HEALTHS) health?: string;
  @IsoDate() startDate?: string | null;
  @IsoDate() plannedEndDate?: string | null;
  @Cents() budgetCents?: number | null;
  @Id() leadOrganisationId?: number | null;
  @IdArray() themeIds?: number[];
  @IdArray() districtIds?: number[];
}
AcceptReadOnly(CreateProjectDto, PROJECT_READ_ONLY);
export class UpdateProjectDto extends UpdateDto(CreateProjectDto, PROJECT_READ_ONLY) {}

export class TransitionDto {
  @OneOf(PHASES, true) to: string;
  @OneOf(GATE_DECISIONS, true) decision: string;
  @Text(10000) rationale?: string | null;
  @Text(10000) conditions?: string | null;
  /** The go into the experiment: what the project expects to change, and for whom. */
  @Text(10000) hypothesis?: string | null;
  /** The go into the experiment: a success threshold per outcome indicator of the project. */
  @ApiPropertyOptional({ type: [CriterionDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => CriterionDto)
  criteria?: CriterionDto[] | null;
  /** A go into rollout against unmet success criteria, knowingly; with its own rationale. */
  @ApiPropertyOptional({ type: Boolean })
  @IsOptional() @IsBoolean()
  override?: boolean | null;
  @Text(10000) overrideRationale?: string | null;
}
