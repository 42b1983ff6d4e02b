import { mergeTranslations } from 'react-admin';
import type { ResourceModule } from './common/resource-module';
import { labs } from './labs';
import { themes } from './themes';
import { districts } from './districts';
import { projects } from './projects';
import { people } from './people';
import { memberships } from './memberships';
import { organisations } from './organisations';
import { agreements } from './agreements';
import { milestones } from './milestones';
import { indicators } from './indicators';
import { dimensions } from './dimensions';
import { indicatorDefinitions } from './indicator-definitions';
import { targetRevisions } from './target-revisions';
import { successCriteria } from './success-criteria';
import { measurements } from './measurements';
import { statusUpdates } from './status-updates';
import { lessons } from './lessons';
import { phaseDecisions } from './phase-decisions';
import { users } from './users';
import { auditEvents } from './audit-events';
import { notifications } from './notifications';

/** In menu order: the daily work first, reference data and administration last. */
export const resources: ResourceModule[] = [projects, milestones, indicators, indicatorDefinitions, dimensions, measurements, statusUpdates, agreements, phaseDecisions, successCriteria, lessons, memberships, people, organisations, labs, themes, districts, targetRevisions, users, auditEvents, notifications];

export const resourceMessages = {
  nl: mergeTranslations(...resources.map((r) => r.messages.nl)),
  en: mergeTranslations(...resources.map((r) => r.messages.en)),
};
