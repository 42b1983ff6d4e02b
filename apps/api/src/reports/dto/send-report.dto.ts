import { IsoDate, Text } from '../../common/validators';

/** POST /api/reports/quarterly/versions/:id/sent */
export class SendReportDto {
  /** The day the version went to the council; default today (in Amsterdam). */
  @IsoDate() sentOn?: string | null;
  /** E.g. the raadsbrief's reference. */
  @Text(2000) note?: string | null;
}
