import { AgreementEntity } from '../agreements/agreement.entity';
import { AuditEventEntity } from '../common/audit/audit-event.entity';
import { CorrectionEntity } from '../corrections/correction.entity';
import { DimensionEntity } from '../dimensions/dimension.entity';
import { DistrictEntity } from '../districts/district.entity';
import { IndicatorDefinitionEntity } from '../indicator-definitions/indicator-definition.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { LabEntity } from '../labs/lab.entity';
import { LessonEntity } from '../lessons/lesson.entity';
import { MeasurementCommentEntity } from '../measurements/measurement-comment.entity';
import { MeasurementEntity } from '../measurements/measurement.entity';
import { MembershipEntity } from '../memberships/membership.entity';
import { MilestoneEntity } from '../milestones/milestone.entity';
import { CalendarFeedEntity } from '../calendar-feeds/calendar-feed.entity';
import { NotificationPreferenceEntity } from '../notifications/notification-preference.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { PhaseDecisionEntity } from '../phase-decisions/phase-decision.entity';
import { ProjectDistrictEntity, ProjectThemeEntity } from '../projects/project-link.entity';
import { ProjectEntity } from '../projects/project.entity';
import { FrozenReportEntity } from '../reports/frozen-report.entity';
import { SuccessCriterionRevisionEntity } from '../success-criteria/success-criterion-revision.entity';
import { SuccessCriterionEntity } from '../success-criteria/success-criterion.entity';
import { StatusUpdateEntity } from '../status-updates/status-update.entity';
import { TargetRevisionEntity } from '../target-revisions/target-revision.entity';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';

/**
 * Every entity, for a data source made outside Nest: the TypeORM migration CLI (cli-data-source.ts) and the
 * scripts and tests that prepare a database by hand. Inside the app each feature module registers its own
 * entities (TypeOrmModule.forFeature) and the root loads them (autoLoadEntities).
 */
export const ENTITIES = [
  LabEntity, ThemeEntity, DistrictEntity, OrganisationEntity, ProjectEntity, ProjectThemeEntity,
  ProjectDistrictEntity, PersonEntity, MembershipEntity, AgreementEntity, MilestoneEntity, IndicatorEntity,
  TargetRevisionEntity, MeasurementEntity, StatusUpdateEntity, LessonEntity, PhaseDecisionEntity, UserEntity,
  AuditEventEntity, MeasurementCommentEntity, FrozenReportEntity, IndicatorDefinitionEntity, DimensionEntity,
  SuccessCriterionEntity, SuccessCriterionRevisionEntity,
  NotificationEntity, NotificationPreferenceEntity, CalendarFeedEntity,
  CorrectionEntity,
];
