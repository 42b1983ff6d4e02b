import { QuartersModule } from './quarters/quarters.module';
import { ReportsModule } from './reports/reports.module';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AgreementsModule } from './agreements/agreements.module';
import { AuditEventsModule } from './audit-events/audit-events.module';
import { AuditModule } from './common/audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { CalendarFeedsModule } from './calendar-feeds/calendar-feeds.module';
import { RequestLogUserInterceptor, requestLogOptions } from './common/request-log';
import type { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { DashboardModule } from './dashboard/dashboard.module';
import { DistrictsModule } from './districts/districts.module';
import { HealthModule } from './health/health.module';
import { DimensionsModule } from './dimensions/dimensions.module';
import { EvidenceModule } from './evidence/evidence.module';
import { IndicatorDefinitionsModule } from './indicator-definitions/indicator-definitions.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { LabsModule } from './labs/labs.module';
import { LessonsModule } from './lessons/lessons.module';
import { MeasurementsModule } from './measurements/measurements.module';
import { MembershipsModule } from './memberships/memberships.module';
import { NotificationsModule } from './notifications/notifications.module';
import { MilestonesModule } from './milestones/milestones.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PeopleModule } from './people/people.module';
import { PhaseDecisionsModule } from './phase-decisions/phase-decisions.module';
import { ProjectsModule } from './projects/projects.module';
import { StatusUpdatesModule } from './status-updates/status-updates.module';
import { SuccessCriteriaModule } from './success-criteria/success-criteria.module';
import { TargetRevisionsModule } from './target-revisions/target-revisions.module';
import { ThemesModule } from './themes/themes.module';
import { UsersModule } from './users/users.module';

export const FEATURE_MODULES = [
  LabsModule, ThemesModule, DistrictsModule, ProjectsModule, PeopleModule, MembershipsModule, OrganisationsModule,
  AgreementsModule, MilestonesModule, IndicatorDefinitionsModule, DimensionsModule, EvidenceModule, IndicatorsModule, TargetRevisionsModule, SuccessCriteriaModule,
  MeasurementsModule, StatusUpdatesModule,
  LessonsModule, PhaseDecisionsModule, UsersModule, AuditEventsModule, DashboardModule, QuartersModule, CalendarModule, CalendarFeedsModule,
  ReportsModule,
];

/** Settings resolved at boot: the validated configuration plus the database actually in use. */
export type AppSettings = AppConfig & { databaseUrl: string; jwtSecret: string };

@Module({})
export class AppModule {
  /** `logDestination`: where the log lines go, standard output unless a test reads them. */
  static register(settings: AppSettings, options: { logDestination?: DestinationStream } = {}): DynamicModule {
    const logging = requestLogOptions(settings);
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: options.logDestination ? [logging, options.logDestination] : logging }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(settings.databaseUrl), autoLoadEntities: true, retryAttempts: 2, retryDelay: 1000 }),
        AuditModule,
        AuthModule.register({
          secret: settings.jwtSecret,
          ttlSeconds: settings.tokenTtlSeconds,
          hashing: { concurrency: settings.hashConcurrency, queue: settings.hashQueue },
          limits: { perMinute: settings.rateLimitPerMinute, signInsPerMinute: settings.signInLimitPerMinute },
        }),
        HealthModule,
        NotificationsModule.register({
          jobs: { databaseUrl: settings.databaseUrl, pollingSeconds: settings.jobs.pollingSeconds },
          mail: settings.mail,
          notices: { publicUrl: settings.publicUrl, retryLimit: settings.jobs.retryLimit, retryDelaySeconds: settings.jobs.retryDelaySeconds },
        }),
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: APP_INTERCEPTOR, useClass: RequestLogUserInterceptor }],
    };
  }
}
