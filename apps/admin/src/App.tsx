import { Admin, Resource } from 'react-admin';
import { authProvider } from './auth/auth-provider';
import { AccountMenu } from './auth/AccountMenu';
import { LoginPage } from './auth/LoginPage';
import { Dashboard } from './dashboard/Dashboard';
import { setTranslator } from './common/translator';
import { dataProvider } from './data-provider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { Notification } from './layout/Notification';
import { resources } from './resources';
import { theme } from './layout/theme';

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
    </Admin>
  );
}
