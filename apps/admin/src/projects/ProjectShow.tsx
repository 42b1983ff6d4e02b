import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import { Box, Button, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import {
  EditButton, TabbedShowLayoutTabs, TopToolbar, useCanAccess, useTranslate,
  ChipField, Labeled, ReferenceArrayField, ReferenceField, Show, SingleFieldList, TabbedShowLayout, TextField, useRecordContext,
} from 'react-admin';
import { PHASES } from '@lab/domain';
import { DayField, EnumField, HealthField, InstantField, MoneyField } from '../common/fields';
import {
  AgreementsTab, DecisionsTab, IndicatorsTab, LessonsTab, MilestonesTab, StatusUpdatesTab, TeamTab,
} from './ProjectTabs';
import { ProjectGlance } from './ProjectGlance';
import { RecordHistory } from '../audit-events/RecordHistory';
import { RecordTitle } from '../common/RecordTitle';
import { projectQuartersPath } from '../quarters/paths';
import { useCanWriteProject } from '../auth/useCanWriteProject';

/**
 * "Kwartaal invullen": the quarterly entry of the first quarter of the project's run still open (every indicator
 * and the status update at once). Everyone may open it; only the team, the focus team and administrators can
 * save there.
 */
function QuarterEntryButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  // Who cannot save there (a member of another team) only looks: the button says so.
  const canWrite = useCanWriteProject('measurements', record?.id);
  if (!record) return null;
  return (
    <Button
      component={RouterLink}
      to={projectQuartersPath(record.id)}
      startIcon={<EditCalendarIcon aria-hidden />}
      title={translate(canWrite ? 'quarters.button_help_open' : 'resources.projects.quarter_view_help')}
    >
      {translate(canWrite ? 'quarters.button' : 'resources.projects.quarter_view')}
    </Button>
  );
}

function ProjectShowActions() {
  return (
    <TopToolbar>
      <QuarterEntryButton />
      <EditButton />
    </TopToolbar>
  );
}

/** The project at a glance first; then its record: facts in a grid, long texts below. */
function Overview(_: { label?: false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box>
      <ProjectGlance />
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>{translate('resources.projects.glance.details')}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' }, gap: 2, mb: 3 }}>
        <Labeled source="code"><TextField source="code" /></Labeled>
        <Labeled source="phase"><EnumField source="phase" group="phase" values={PHASES} /></Labeled>
        <Labeled source="health"><Box><HealthField source="health" /></Box></Labeled>
        {record.phase === 'stopped' && (
          <Labeled source="previousPhase"><EnumField source="previousPhase" group="phase" values={PHASES} emptyText="—" /></Labeled>
        )}
        <Labeled source="labId">
          <ReferenceField source="labId" reference="labs"><TextField source="name" /></ReferenceField>
        </Labeled>
        <Labeled source="leadOrganisationId">
          <ReferenceField source="leadOrganisationId" reference="organisations" emptyText="—"><TextField source="name" /></ReferenceField>
        </Labeled>
        <Labeled source="startDate"><DayField source="startDate" emptyText="—" /></Labeled>
        <Labeled source="plannedEndDate"><DayField source="plannedEndDate" emptyText="—" /></Labeled>
        <Labeled source="budgetCents"><MoneyField source="budgetCents" emptyText="—" /></Labeled>
        <Labeled source="updatedAt"><InstantField source="updatedAt" /></Labeled>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(2, 1fr)' }, gap: 2, mb: 3 }}>
        <Labeled source="themeIds">
          <ReferenceArrayField source="themeIds" reference="themes" sort={{ field: 'name', order: 'ASC' }}>
            <SingleFieldList linkType={false}><ChipField source="name" size="small" /></SingleFieldList>
          </ReferenceArrayField>
        </Labeled>
        <Labeled source="districtIds">
          <ReferenceArrayField source="districtIds" reference="districts" sort={{ field: 'name', order: 'ASC' }}>
            <SingleFieldList linkType={false}><ChipField source="name" size="small" /></SingleFieldList>
          </ReferenceArrayField>
        </Labeled>
      </Box>
      {(['summary', 'problem', 'targetGroup'] as const).map((source) => (
        <Labeled key={source} source={source} sx={{ mb: 2, maxWidth: 900 }}>
          <TextField source={source} emptyText="—" component={Typography as never} />
        </Labeled>
      ))}
    </Box>
  );
}

export function ProjectShow() {
  // The history tab is the audit trail, which only administrators and the focus team read.
  const { canAccess: canReadHistory } = useCanAccess({ resource: 'audit-events', action: 'list' });
  return (
    <Show title={<RecordTitle resource="projects" />} actions={<ProjectShowActions />}>
      {/* The tab bar scrolls within the page's width instead of widening it (nine tabs are wider than a laptop's screen). */}
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" sx={{ contain: 'inline-size' }} />}>
        <TabbedShowLayout.Tab label="resources.projects.tabs.overview">
          <Overview label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.projects.tabs.team" path="team">
          <TeamTab label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.projects.tabs.agreements" path="agreements">
          <AgreementsTab label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.projects.tabs.milestones" path="milestones">
          <MilestonesTab label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.projects.tabs.indicators" path="indicators">
          <IndicatorsTab label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.projects.tabs.status_updates" path="status-updates">
          <StatusUpdatesTab label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.projects.tabs.lessons" path="lessons">
          <LessonsTab label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.projects.tabs.gate" path="gate">
          <DecisionsTab label={false} />
        </TabbedShowLayout.Tab>
        {canReadHistory && (
          <TabbedShowLayout.Tab label="resources.projects.tabs.history" path="history">
            <Box>
              <RecordHistory resource="projects" />
            </Box>
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
}
