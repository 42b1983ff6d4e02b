import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot, startHarness, type BrowserHarness } from './support';

// The lab's indicator library and the strength of evidence: the focus team adds a shared definition,
// lets a project's indicator adopt it (its unit, direction and aggregation then follow the definition and
// are locked), records the design and source behind its figures, and reads the evidence level in words.
let h: BrowserHarness;
let page: Page;
beforeAll(async () => { h = await startHarness(); }, 60_000);
afterAll(async () => { await h?.close(); });
beforeEach(async () => { page = await h.newPage(undefined, { as: 'focus_team' }); });
afterEach(async () => {
  await page.close();
  expect(h.problems()).toEqual([]);
});

const api = async (path: string) => (await h.t.http.get(path)).body;
const filter = (f: object) => encodeURIComponent(JSON.stringify(f));
/** A field by its label, with or without the asterisk of a required one. */
const label = (text: string) => new RegExp(`^${text.replace(/[()]/g, '\\$&')}(\\s*\\*)?$`);
const field = (text: string) => page.getByLabel(label(text));
const choose = async (text: string, option: string) => {
  await page.getByRole('combobox', { name: label(text) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

it('creates a definition, adopts it on an indicator and shows the evidence level in words', async () => {
  const [project] = await api(`/api/projects?filter=${filter({ code: 'MW-03' })}`);
  const indicators: { name: string }[] = await api(`/api/indicators?filter=${filter({ projectId: project.id })}`);
  const indicator = indicators.find((i) => i.name === 'Aantal mensen op wachtlijst dagbesteding') as Record<string, any>;
  expect(indicator).toMatchObject({ definitionId: null, unit: 'count', direction: 'decrease', aggregation: 'latest' });
  expect(indicator.evidence.level).toBeLessThan(3);

  // 1. The focus team finds the library in the menu and adds a definition.
  await page.goto(`${h.baseUrl}/#/`);
  await page.getByRole('menuitem', { name: 'Indicatorbibliotheek' }).click();
  await page.getByRole('link', { name: 'Toevoegen', exact: true }).click();
  await choose('Lab', 'Participatielab Meedoen Werkt!');
  await field('Naam').fill('Mensen die wachten op dagbesteding');
  await field('Definitie').fill('Aantal mensen met een indicatie dat op de laatste dag van het kwartaal nog wacht op een plek.');
  await choose('Eenheid', 'Aantal');
  await choose('Richting', 'Omlaag');
  await choose('Optelling over kwartalen', 'Laatste waarde');
  await field('Bron van de gegevens').fill('Wachtlijstrapportage Wmo-loket');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Mensen die wachten op dagbesteding').first().waitFor();
  const [definition] = await api(`/api/indicator-definitions?filter=${filter({ q: 'wachten op dagbesteding' })}`);
  expect(definition).toMatchObject({ unit: 'count', direction: 'decrease', aggregation: 'latest', adoptedBy: 0 });

  // 2. On the indicator's edit page the focus team picks it: unit, direction and aggregation follow and lock.
  await page.goto(`${h.baseUrl}/#/indicators/${indicator.id}`);
  await field('Gedeelde definitie').fill('wachten op');
  await page.getByRole('option', { name: 'Mensen die wachten op dagbesteding' }).click();
  await page.getByText('Volgt de gedeelde definitie').first().waitFor();
  await choose('Onderzoeksopzet', 'Vergelijkingsgroep');
  await choose('Soort bron', 'Registratie');
  await field('Gevalideerd door').fill('Kenniswerkplaats Participatie en Zorg');
  await screenshot(page, 'evidence-indicator-edit');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  // 3. The indicator's page shows the level and what it rests on, in words.
  const evidence = page.getByRole('region', { name: 'Bewijskracht (effectladder)' });
  await evidence.waitFor();
  const saved = await api(`/api/indicators/${indicator.id}`);
  expect(saved).toMatchObject({ definitionId: definition.id, evidenceDesign: 'comparison_group', evidenceSource: 'register' });
  expect(saved.evidence.level).toBe(3);
  await evidence.getByText('Bewijskracht 3 – eerste aanwijzingen voor effectiviteit').waitFor();
  await evidence.getByText(/^Niveau 3 van 5, eerste aanwijzingen voor effectiviteit: vergelijkingsgroep, bron: registratie, \d+ goedgekeurde kwartalen/).waitFor();
  await evidence.getByText(/^Voor niveau 4 \(goede aanwijzingen voor effectiviteit\) nodig: minstens 20 gemeten personen/).waitFor();
  await page.getByRole('link', { name: 'Mensen die wachten op dagbesteding' }).waitFor();
  // The history names the definition and the evidence fields that changed, not the derived level.
  const audit = await api(`/api/audit-events?filter=${filter({ resource: 'indicators', recordId: indicator.id })}&sort=["id","DESC"]&range=[0,0]`);
  expect(Object.keys(audit[0].changes).sort()).toEqual(['definitionId', 'evidenceDesign', 'evidenceSource', 'validatedBy']);
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'evidence-indicator-show');

  // 4. Beside the figures on the project's indicators tab too, and the definition counts its adopter.
  await page.goto(`${h.baseUrl}/#/projects/${project.id}/show`);
  await page.getByRole('tab', { name: 'Indicatoren' }).click();
  const card = page.getByRole('region', { name: indicator.name, exact: true });
  await card.getByText('Bewijskracht 3 – eerste aanwijzingen voor effectiviteit').waitFor();
  await screenshot(page, 'evidence-project-indicators');
  expect((await api(`/api/indicator-definitions/${definition.id}`)).adoptedBy).toBe(1);

  // 5. In English, the same level in English words.
  await page.goto(`${h.baseUrl}/#/indicators/${indicator.id}/show`);
  await page.getByRole('button', { name: /nederlands/i }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByText('Evidence 3 – first indications of effectiveness').waitFor();
});
