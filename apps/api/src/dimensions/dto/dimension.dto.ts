import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { MAX_DIMENSION_VALUES } from '@lab/domain';
import { AcceptReadOnly, Id, Text, UpdateDto } from '../../common/validators';

/** Derived on every read (how many indicators are broken down by it) and sent back by react-admin: accepted and ignored. */
export const DIMENSION_READ_ONLY = ['usedBy'] as const;

export class DimensionValueDto {
  @Text(40, true) code: string;
  @Text(100, true) label: string;
}

export class CreateDimensionDto {
  @Id(true) labId: number;
  @Text(40, true) key: string;
  @Text(200, true) name: string;
  @Text(2000) description?: string | null;

  @ApiProperty({ type: [DimensionValueDto] })
  @IsArray({ message: 'values must be a list of {code, label}' })
  @ArrayMinSize(1, { message: 'values must list at least one value, like {"code": "centrum", "label": "Centrum"}' })
  @ArrayMaxSize(MAX_DIMENSION_VALUES)
  @ValidateNested({ each: true }) @Type(() => DimensionValueDto)
  values: DimensionValueDto[];
}
AcceptReadOnly(CreateDimensionDto, DIMENSION_READ_ONLY);
export class UpdateDimensionDto extends UpdateDto(CreateDimensionDto, DIMENSION_READ_ONLY) {}
