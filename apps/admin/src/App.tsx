import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { EVIDENCE_PATH, EvidencePage } from './evidence/EvidencePage';
import { authProvider } from './auth/auth-provider';
import { AccountMenu } from './auth/AccountMenu';
import { ChangePasswordPage, CHANGE_PASSWORD_PATH } from './auth/ChangePasswordPage';
import { LoginPage } from './auth/LoginPage';
import { Dashboard } from './dashboard/Dashboard';
import { setTranslator } from './common/translator';
import { dataProvider } from './data-provider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { Notification } from './layout/Notification';
import { resources } from './resources';
import { theme } from './layout/theme';
import { FirstOpenQuarterPage, QuarterEntryPage } from './quarters/QuarterEntry';
import { PROJECT_QUARTERS_ROUTE, QUARTER_ENTRY_ROUTE } from './quarters/paths';
import { NotificationPreferencesPage, NOTIFICATION_PREFERENCES_PATH } from './notifications/NotificationPreferencesPage';
import { ReportPage, REPORTS_PATH } from './reports/ReportPage';
import { ReturnedPage, RETURNED_PATH, ToReviewPage, TO_REVIEW_PATH } from './reviews/ReviewQueues';

setTranslator((key, options) => i18nProvider.translate(key, options), () => i18nProvider.getLocale());

/** The app bar's user menu says who is signed in (and offers signing out). */
const appTheme = {
  ...theme,
  components: {
    ...theme.components,
    RaAppBar: { ...theme.components?.RaAppBar, defaultProps: { ...theme.components?.RaAppBar?.defaultProps, userMenu: <AccountMenu /> } },
  },
};

export function App() {
  return (
    <Admin
      dataProvider={dataProvider}
      authProvider={authProvider}
      loginPage={LoginPage}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={Layout}
      notification={Notification}
      theme={appTheme}
      title="Meedoen Werkt"
      disableTelemetry
      requireAuth
    >
      {resources.map(({ messages: _m, ...r }) => (
        <Resource key={r.name} {...r} />
      ))}
      <CustomRoutes>
        <Route path={TO_REVIEW_PATH} element={<ToReviewPage />} />
        <Route path={RETURNED_PATH} element={<ReturnedPage />} />
        <Route path={PROJECT_QUARTERS_ROUTE} element={<FirstOpenQuarterPage />} />
        <Route path={QUARTER_ENTRY_ROUTE} element={<QuarterEntryPage />} />
        <Route path={REPORTS_PATH} element={<ReportPage />} />
        <Route path={EVIDENCE_PATH} element={<EvidencePage />} />
        <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
        <Route path={NOTIFICATION_PREFERENCES_PATH} element={<NotificationPreferencesPage />} />
      </CustomRoutes>
    </Admin>
  );
}
