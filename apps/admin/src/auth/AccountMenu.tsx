import { Logout, UserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { NotificationPreferencesMenuItem } from '../notifications/NotificationPreferencesPage';
import { ChangePasswordMenuItem } from './ChangePasswordPage';

/**
 * react-admin's user menu ("Wachtwoord wijzigen", "Berichten instellen", "Uitloggen"), named after who is signed in: its button shows the name, so
 * its accessible name must contain the name too (WCAG 2.5.3 "label in name"), not only "Profiel".
 */
export function AccountMenu() {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const label = identity?.fullName ? `${translate('ra.auth.user_menu')}: ${identity.fullName}` : 'ra.auth.user_menu';
  return (
    <UserMenu label={label}>
      <ChangePasswordMenuItem />
      <NotificationPreferencesMenuItem />
      <Logout />
    </UserMenu>
  );
}
