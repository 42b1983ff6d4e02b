import { Admin, Resource } from 'react-admin';
import { Dashboard } from './dashboard/Dashboard';
import { setTranslator } from './common/translator';
import { dataProvider } from './data-provider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { Notification } from './layout/Notification';
import { resources } from './resources';
import { theme } from './layout/theme';

setTranslator((key, options) => i18nProvider.translate(key, options), () => i18nProvider.getLocale());

export function App() {
  return (
    <Admin
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={Layout}
      notification={Notification}
      theme={theme}
      title="Meedoen Werkt"
      disableTelemetry
      requireAuth={false}
    >
      {resources.map(({ messages: _m, ...r }) => (
        <Resource key={r.name} {...r} />
      ))}
    </Admin>
  );
}
