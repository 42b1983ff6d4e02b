import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, type AgreementKind, type AgreementStatus } from '@lab/domain';
import { RecordEntity } from '../database/record.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProjectEntity } from '../projects/project.entity';

@Entity('agreements')
@Check('agreement_dates_ordered', '"end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"')
@Check('agreement_money_not_negative',
  '("contribution_cents" IS NULL OR "contribution_cents" >= 0) AND ("price_per_unit_cents" IS NULL OR "price_per_unit_cents" >= 0) AND ("max_payment_cents" IS NULL OR "max_payment_cents" >= 0)')
@Check('agreement_outcome_contract_terms',
  '"kind" <> \'outcome_contract\' OR ("indicator_id" IS NOT NULL AND "price_per_unit_cents" IS NOT NULL AND "max_payment_cents" IS NOT NULL)')
export class AgreementEntity extends RecordEntity {
  @Index()
  @ForeignKey(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  projectId: number;

  @Index()
  @ForeignKey(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  organisationId: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Index()
  @Column({ type: 'enum', enum: AGREEMENT_KINDS, enumName: 'agreement_kind' })
  kind: AgreementKind;

  @Index()
  @Column({ type: 'enum', enum: AGREEMENT_STATUSES, enumName: 'agreement_status', default: 'draft' })
  status: AgreementStatus;

  @Column({ type: 'date', nullable: true })
  signedDate: string | null;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'text', nullable: true })
  commitments: string | null;

  @Column({ type: 'bigint', nullable: true })
  contributionCents: number | null;

  /** Outcome contracts: the indicator whose approved outcome above baseline is paid for. */
  @Index()
  @ForeignKey(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  indicatorId: number | null;

  @Column({ type: 'bigint', nullable: true })
  pricePerUnitCents: number | null;

  @Column({ type: 'bigint', nullable: true })
  maxPaymentCents: number | null;
}
