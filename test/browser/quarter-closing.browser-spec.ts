import { addQuarters, quarterOfDate } from '@lab/domain';
import { accessibilityViolations, screenshot, useDemoHarness } from './support';

// Closing a quarter, as an administrator sees it: a correction of a frozen quarter is listed on the next
// quarter's report page, and the frozen version says what has changed since it was frozen.
const demo = useDemoHarness();

const closed = addQuarters(quarterOfDate(new Date()), -2);
const next = addQuarters(closed, 1);
const REASON = 'Dubbeltelling bij de partner hersteld.';

it('lists a correction of a closed quarter on the next report and on the frozen version', async () => {
  const { token } = await demo.h.session('admin');
  const http = (method: 'get' | 'post' | 'put', path: string, body?: object) =>
    demo.h.t.http[method](path).set('Authorization', `Bearer ${token}`).send(body ?? {});
  const [lab] = (await http('get', '/api/labs')).body;
  const filter = encodeURIComponent(JSON.stringify({ status: 'approved', period: closed }));
  const [m] = (await http('get', `/api/measurements?filter=${filter}&range=[0,0]`)).body;
  expect(m).toBeDefined();

  // The administrator freezes the quarter, then corrects one of its approved values with a reason.
  expect((await http('post', '/api/reports/quarterly/freeze', { lab: lab.id, quarter: closed })).status).toBe(201);
  expect((await http('post', `/api/measurements/${m.id}/reopen`, { reason: REASON })).status).toBe(200);
  const draft = (await http('get', `/api/measurements/${m.id}`)).body;
  const corrected = draft.value + 1;
  expect((await http('put', `/api/measurements/${m.id}`, { ...draft, value: corrected })).status).toBe(200);
  await http('post', `/api/measurements/${m.id}/submit`);
  expect((await http('post', `/api/measurements/${m.id}/approve`)).status).toBe(200);

  const page = await demo.open('admin');
  await page.goto(`${demo.h.baseUrl}/#/reports?lab=${lab.id}&quarter=${next}`);
  const section = page.getByTestId('report-corrections');
  await section.getByText('Correcties op afgesloten kwartalen').waitFor();
  const row = section.getByRole('row').filter({ hasText: REASON });
  await row.waitFor();
  await row.getByText(`${closed} (v1)`).waitFor();
  await row.getByText('Goedgekeurde waarde heropend').waitFor();
  await row.getByText(/ → /).first().waitFor();
  await screenshot(page, 'report-corrections');
  expect(await accessibilityViolations(page)).toEqual([]);

  // The frozen version of the closed quarter: what changed since.
  await page.goto(`${demo.h.baseUrl}/#/reports?lab=${lab.id}&quarter=${closed}`);
  await page.getByRole('button', { name: 'Wijzigingen sinds versie v1' }).click();
  const dialog = page.getByRole('dialog', { name: `Versie v1 van ${closed}: wat is er sindsdien veranderd` });
  await dialog.getByText('Correcties op deze versie (1)').waitFor();
  await dialog.getByText(REASON).waitFor();
  await dialog.getByTestId('version-live').getByText(/De cijfers van nu wijken af van deze versie/).waitFor();
  await screenshot(page, 'report-version-changes');
  expect(await accessibilityViolations(page)).toEqual([]);
});
