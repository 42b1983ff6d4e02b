import { InitialSchema1763900000000 } from './1763900000000-InitialSchema';
import { ReviewThreadAndFrozenReports1795455488710 } from './1795455488710-ReviewThreadAndFrozenReports';
import { DashboardChangeCounter1795500000000 } from './1795500000000-DashboardChangeCounter';
import { SearchAndOpenMilestoneIndexes1795600000000 } from './1795600000000-SearchAndOpenMilestoneIndexes';
import { ReportChangeCounter1795700000000 } from './1795700000000-ReportChangeCounter';
import { UserChangeNotice1795800000000 } from './1795800000000-UserChangeNotice';
import { DropRedundantMilestoneIndex1795900000000 } from './1795900000000-DropRedundantMilestoneIndex';
import { AuditTrailAppendOnly1796000000000 } from './1796000000000-AuditTrailAppendOnly';
import { SessionsAndLimits1796100000000 } from './1796100000000-SessionsAndLimits';
import { ReportSending1796300000000 } from './1796300000000-ReportSending';
import { IndicatorLibraryAndEvidence1796600000000 } from './1796600000000-IndicatorLibraryAndEvidence';
import { BreakdownsAndSmallNumbers1796700000000 } from './1796700000000-BreakdownsAndSmallNumbers';
import { SuccessCriteria1796800000000 } from './1796800000000-SuccessCriteria';
import { AddNotifications1796900000000 } from './1796900000000-AddNotifications';
import { AddSearchText1797000000000 } from './1797000000000-AddSearchText';
import { CalendarFeedsAndFreezeReminder1797100000000 } from './1797100000000-CalendarFeedsAndFreezeReminder';
import { AddCorrections1797200000000 } from './1797200000000-AddCorrections';
import { ApprovedHistoryIndex1797300000000 } from './1797300000000-ApprovedHistoryIndex';
import type { MigrationInterface } from 'typeorm';

// Every migration, in order. Listed explicitly so that no glob depends on where the code runs from.
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1763900000000, ReviewThreadAndFrozenReports1795455488710, DashboardChangeCounter1795500000000, SearchAndOpenMilestoneIndexes1795600000000,
  ReportChangeCounter1795700000000, UserChangeNotice1795800000000, DropRedundantMilestoneIndex1795900000000, AuditTrailAppendOnly1796000000000,
  SessionsAndLimits1796100000000, ReportSending1796300000000, IndicatorLibraryAndEvidence1796600000000,
  BreakdownsAndSmallNumbers1796700000000,
  SuccessCriteria1796800000000,
  AddNotifications1796900000000,
  AddSearchText1797000000000,
  CalendarFeedsAndFreezeReminder1797100000000,
  AddCorrections1797200000000,
  ApprovedHistoryIndex1797300000000,
];
