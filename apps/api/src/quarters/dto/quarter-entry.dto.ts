import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { HEALTHS } from '@lab/domain';
import type { Parts } from '@lab/domain';
import { Decimal, Id, OneOf, PartsField, Text, Url, WholeNumber } from '../../common/validators';

export class QuarterMeasurementDto {
  @Id(true) indicatorId: number;
  @Decimal(true) value: number;
  @Text(5000) note?: string | null;
  @Url() evidenceUrl?: string | null;
  @WholeNumber(0, 10_000_000) peopleMeasured?: number | null;
  @PartsField() parts?: Parts | null;
}

export class QuarterStatusUpdateDto {
  @OneOf(HEALTHS, true) health: string;
  @Text(20000, true) narrative: string;
}

/** Everything a team reports for one quarter, saved (and optionally submitted) at once. */
export class QuarterEntryDto {
  @ApiPropertyOptional({ type: QuarterStatusUpdateDto })
  @IsOptional() @ValidateNested() @Type(() => QuarterStatusUpdateDto)
  statusUpdate?: QuarterStatusUpdateDto | null;

  @ApiPropertyOptional({ type: [QuarterMeasurementDto] })
  @IsOptional() @IsArray({ message: 'measurements must be a list of {indicatorId, value}' }) @ArrayMaxSize(500)
  @ValidateNested({ each: true }) @Type(() => QuarterMeasurementDto)
  measurements?: QuarterMeasurementDto[];

  @ApiPropertyOptional({ description: 'Also submit the quarter for review: every draft or returned value and the status update' })
  @IsOptional() @IsBoolean({ message: 'submit must be true or false' })
  submit?: boolean;
}
