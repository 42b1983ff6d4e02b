import { accessibilityViolations, screenshot, useDemoHarness } from './support';

// "Wat werkt" as the focus team uses it on the demo lab: the comparison of a shared definition across the
// projects that adopt it, sorted and filtered, then a project's breakdown of its latest quarter, and back.
const demo = useDemoHarness();

type Body = Record<string, any>;
const api = async (path: string) => (await demo.h.t.http.get(path).set('Authorization', `Bearer ${(await demo.h.session('focus_team')).token}`)).body;

it('the focus team compares a shared definition across projects, opens a project\'s breakdown and comes back', async () => {
  const [lab] = await api('/api/labs');
  const [definition] = await api(`/api/indicator-definitions?filter=${encodeURIComponent(JSON.stringify({ labId: lab.id, q: 'betaald werk' }))}`);
  const page = await demo.open('focus_team');
  await page.goto(`${demo.h.baseUrl}/#/`);
  await page.getByRole('menuitem', { name: 'Wat werkt' }).click();
  const card = page.getByTestId(`evidence-definition-${definition.id}`);
  await card.waitFor();
  // The page's quarter: what the API says for it is what the table shows.
  const quarter = new URL(page.url().replace('#/', '')).searchParams.get('quarter') ?? (await page.getByRole('combobox', { name: 'Kwartaal' }).textContent())!;
  const comparison = await api(`/api/evidence?lab=${lab.id}&quarter=${quarter}&definition=${definition.id}`);
  const rows: Body[] = comparison.definitions[0].rows;
  expect(rows.length).toBeGreaterThan(1);
  for (const r of rows) await card.getByTestId(`evidence-row-${r.projectCode}`).waitFor();
  await card.getByText(/2 projecten, waarvan 2 met een waarde/).waitFor();
  await card.getByRole('img', { name: /Voortgang naar de streefwaarde per project/ }).waitFor();
  await screenshot(page, 'evidence-comparison');
  expect(await accessibilityViolations(page)).toEqual([]);

  // Sorted by evidence level, strongest first, then weakest first.
  // The API sorts (and pages): the table shows the new order once its answer is in.
  const order = async () => card.locator('[data-testid^="evidence-row-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace('evidence-row-', '')));
  const orderBecomes = async (expected: string[]) => {
    for (const until = Date.now() + 10_000; Date.now() < until && JSON.stringify(await order()) !== JSON.stringify(expected);) await page.waitForTimeout(100);
    expect(await order()).toEqual(expected);
  };
  const byLevel = (sign: number) => [...rows].sort((a, b) => sign * (a.evidenceLevel - b.evidenceLevel) || a.projectCode.localeCompare(b.projectCode)).map((r) => r.projectCode);
  await card.getByRole('button', { name: 'Bewijskracht' }).click();
  await orderBecomes(byLevel(-1));
  await card.getByRole('button', { name: 'Bewijskracht' }).click();
  await orderBecomes(byLevel(1));

  // Filtered to the projects in rollout.
  await page.getByRole('combobox', { name: 'Fase' }).click();
  await page.getByRole('option', { name: 'Uitrol' }).click();
  await page.waitForURL(/phase=rollout/);
  const inRollout = (await api(`/api/evidence?lab=${lab.id}&quarter=${quarter}&phase=rollout`)).definitions.filter((d: Body) => d.rows.length).length;
  expect(inRollout).toBeGreaterThan(0);
  // The filtered comparison is asked once the address has changed: its sections show once its answer is in.
  const sections = page.locator('[data-testid^="evidence-definition-"]');
  for (const until = Date.now() + 10_000; Date.now() < until && (await sections.count()) !== inRollout;) await page.waitForTimeout(100);
  expect(await sections.count()).toBe(inRollout);

  // A project's breakdown of its latest quarter, and back to the comparison as it was.
  const mw01 = rows.find((r) => r.projectCode === 'MW-01')!;
  await page.getByTestId(`evidence-definition-${definition.id}`).getByRole('link', { name: `MW-01: kwartaal ${mw01.latest.period} met de uitsplitsing openen` }).click();
  const grid = page.getByTestId(`parts-${mw01.indicatorId}-stadsdeel`);
  await grid.waitFor();
  // The focus team sees the team's real figures here, the parts adding up to the value.
  await grid.getByText(`Samen ${mw01.latest.value}: gelijk aan de waarde.`).waitFor();
  await screenshot(page, 'evidence-breakdown');
  await page.goBack();
  await page.getByTestId(`evidence-definition-${definition.id}`).waitFor();
  expect(page.url()).toMatch(/phase=rollout/);
});

it('an administrator finds "wat werkt per thema" in the quarterly report, as the report\'s JSON has it', async () => {
  const [lab] = await api('/api/labs');
  const page = await demo.open('admin');
  await page.goto(`${demo.h.baseUrl}/#/reports?lab=${lab.id}`);
  const section = page.getByTestId('report-evidence');
  await section.getByRole('heading', { name: 'Wat werkt per thema' }).waitFor({ timeout: 60_000 });
  const quarter = new URL(page.url().replace('#/', '')).searchParams.get('quarter') ?? (await page.getByRole('combobox', { name: 'Kwartaal' }).textContent())!;
  const report = await api(`/api/reports/quarterly?lab=${lab.id}&quarter=${quarter}`);
  expect(report.evidence.length).toBeGreaterThan(1);
  for (const theme of report.evidence) {
    const part = section.getByTestId(`report-evidence-theme-${theme.themeId ?? 'none'}`);
    await part.getByRole('heading', { name: theme.themeName }).waitFor();
    for (const d of theme.definitions) {
      const block = part.getByTestId(`report-evidence-definition-${d.id}`);
      await expect(block.locator('[data-testid^="evidence-row-"]').count()).resolves.toBe(Math.min(25, d.rows.length));
      await block.getByTestId(`evidence-row-${d.rows[0].projectCode}`).waitFor();
    }
  }
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'report-evidence-per-theme');
});
