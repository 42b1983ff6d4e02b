import { Id, Quarter, Text } from '../../common/validators';

/** POST /api/reports/quarterly/freeze */
export class FreezeReportDto {
  @Id(true) lab: number;
  @Quarter(true) quarter: string;
  @Text(2000) note?: string | null;
}
