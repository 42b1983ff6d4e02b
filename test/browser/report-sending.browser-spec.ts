import { addDays, addQuarters, amsterdamDay, quarterOfDate } from '@lab/domain';
import { accessibilityViolations, screenshot, useDemoHarness } from './support';

// Sending to the council is a step of its own: an administrator freezes a version, and later records the day it
// went to the council; the report page then says which version the council received last, and when.
const demo = useDemoHarness();


const period = addQuarters(quarterOfDate(new Date()), -1);

it('freezes a version, records that it went to the council, and the focus team sees it without the button', async () => {
  const [lab] = await demo.api('/api/labs');
  const reportUrl = `${demo.h.baseUrl}/#/reports?lab=${lab.id}&quarter=${period}`;
  const adminName = (await demo.h.session('admin')).user.name;
  const today = amsterdamDay(new Date());

  // 1. Freezing sends nothing: the version is listed as not sent, with the button for the administrator.
  const admin = await demo.open('admin');
  await admin.goto(reportUrl);
  await admin.getByTestId('report-totals').waitFor();
  await admin.getByRole('button', { name: 'Bevriezen' }).click();
  const freeze = admin.getByRole('dialog');
  await freeze.getByRole('button', { name: 'Bevriezen' }).click();
  // Freezing renders the stamped PDF, XLSX and CSV: on a loaded machine that takes tens of seconds.
  await freeze.waitFor({ state: 'hidden', timeout: 75_000 });
  const v1 = admin.getByTestId('version-v1-council');
  await v1.getByText('Nog niet verzonden').waitFor();
  await admin.getByTestId('council-version').getByText('Nog geen versie naar de raad verzonden').waitFor();
  expect(await admin.getByText(/De raad ontving/).count()).toBe(0);
  await screenshot(admin, 'report-frozen-not-sent');

  // 2. The administrator records the sending: the day defaults to today; a day in the future is refused on the spot.
  await v1.getByRole('button', { name: 'Verzonden aan de raad: versie v1 vastleggen' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Versie v1 verzonden aan de raad' });
  const date = dialog.getByLabel('Verzonden op');
  await expect(date.inputValue()).resolves.toBe(today);
  await date.fill(addDays(today, 1));
  await dialog.getByText('Deze dag ligt in de toekomst: kies uiterlijk vandaag.').waitFor();
  await expect(dialog.getByRole('button', { name: 'Vastleggen' }).isDisabled()).resolves.toBe(true);
  await date.fill(today);
  await dialog.getByLabel('Opmerking (niet verplicht)').fill('Raadsbrief 2026/123');
  await screenshot(admin, 'report-send-dialog');
  expect(await accessibilityViolations(admin)).toEqual([]);
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // 3. The list shows the sending, and the page says which version the council received last and when.
  await v1.getByText(new RegExp(`^Verzonden aan de raad op .+ door ${adminName}$`)).waitFor();
  await v1.getByText('Raadsbrief 2026/123').waitFor();
  expect(await v1.getByRole('button').count()).toBe(0);
  await admin.getByTestId('council-version').getByText(/^De raad ontving het laatst versie v1, op .+2026$/).waitFor();
  const [stored] = await demo.api(`/api/reports/quarterly/versions?lab=${lab.id}&quarter=${period}`);
  expect(stored).toMatchObject({ version: 1, sentOn: today, sentByName: adminName, sentNote: 'Raadsbrief 2026/123' });
  await screenshot(admin, 'report-sent');

  // 4. A newer frozen version is not sent by being newer: the council's version stays v1.
  await admin.getByRole('button', { name: 'Bevriezen' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Bevriezen' }).click();
  await admin.getByRole('dialog').waitFor({ state: 'hidden', timeout: 75_000 });
  await admin.getByTestId('version-v2-council').getByText('Nog niet verzonden').waitFor();
  await admin.getByTestId('council-version').getByText('Versie v2 is nieuwer en nog niet verzonden.').waitFor();
  await admin.getByTestId('council-version').getByText(/De raad ontving het laatst versie v1/).waitFor();

  // 5. The focus team reads the same, and has no button to record a sending.
  const focus = await demo.open('focus_team');
  await focus.goto(reportUrl);
  await focus.getByTestId('version-v2-council').getByText('Nog niet verzonden').waitFor();
  await focus.getByTestId('version-v1-council').getByText(new RegExp(`Verzonden aan de raad op .+ door ${adminName}`)).waitFor();
  await focus.getByTestId('council-version').getByText(/De raad ontving het laatst versie v1/).waitFor();
  expect(await focus.getByRole('button', { name: /Verzonden aan de raad/ }).count()).toBe(0);
  expect(await focus.getByRole('button', { name: 'Bevriezen' }).count()).toBe(0);
  await screenshot(focus, 'report-sent-focus-team');
  expect(await accessibilityViolations(focus)).toEqual([]);
}, 240_000);
