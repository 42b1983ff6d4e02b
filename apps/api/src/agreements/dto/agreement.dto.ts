import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '@lab/domain';
import { AcceptReadOnly, Cents, Id, IsoDate, OneOf, Text, UpdateDto } from '../../common/validators';

export class CreateAgreementDto {
  @Id(true) projectId: number;
  @Id(true) organisationId: number;
  @Text(300, true) title: string;
  @OneOf(AGREEMENT_KINDS, true) kind: string;
  @OneOf(AGREEMENT_STATUSES) status?: string;
  @IsoDate() signedDate?: string | null;
  @IsoDate() startDate?: string | null;
  @IsoDate() endDate?: string | null;
  @Text(10000) commitments?: string | null;
  @Cents() contributionCents?: number | null;
  @Id() indicatorId?: number | null;
  @Cents() pricePerUnitCents?: number | null;
  @Cents() maxPaymentCents?: number | null;
}
AcceptReadOnly(CreateAgreementDto);
export class UpdateAgreementDto extends UpdateDto(CreateAgreementDto) {}
