import { EVIDENCE_DESIGNS, EVIDENCE_LADDER, EVIDENCE_SOURCES, evidenceLevel, type EvidenceFacts } from './evidence-level';

type Row = [design: EvidenceFacts['design'], source: EvidenceFacts['source'], validatedBy: string | null, people: number | null, quarters: number, level: number];

// The row table of evidence-level.ts, a case per row: the facts and the level they reach.
const ROWS: Row[] = [
  // level 1: nothing approved yet, or no source recorded
  ['none', null, null, null, 0, 1],
  ['randomised', 'register', 'UvA', 200, 0, 1],
  ['randomised', null, 'UvA', 200, 8, 1],
  [null, 'register', null, null, 0, 1],
  // level 2: a known source and approved figures
  ['none', 'register', null, null, 1, 2],
  ['none', 'self_report', null, null, 12, 2],
  [null, 'survey', null, 30, 3, 2],
  ['before_after', 'survey', null, null, 1, 2],
  // level 3: before and after, two quarters or more
  ['before_after', 'survey', null, null, 2, 3],
  ['before_after', 'register', 'UvA', 500, 12, 3],
  ['comparison_group', 'register', null, 100, 3, 3],
  ['comparison_group', 'register', null, 19, 4, 3],
  ['comparison_group', 'register', null, null, 4, 3],
  ['comparison_group', 'self_report', null, 100, 4, 3],
  ['comparison_group', 'self_report', '   ', 100, 4, 3],
  // level 4: a comparison group over a year, 20 people or more, more than self-report
  ['comparison_group', 'register', null, 20, 4, 4],
  ['comparison_group', 'observation', null, 40, 6, 4],
  ['comparison_group', 'self_report', 'Hogeschool van Amsterdam', 40, 6, 4],
  ['randomised', 'survey', null, 100, 8, 4],
  ['randomised', 'register', 'UvA', 49, 8, 4],
  ['randomised', 'self_report', 'UvA', 100, 8, 4],
  ['comparison_group', 'register', 'UvA', 500, 12, 4],
  // level 5: randomised, 50 people or more, validated, not self-report
  ['randomised', 'register', 'UvA', 50, 4, 5],
  ['randomised', 'observation', 'Verwey-Jonker Instituut', 120, 10, 5],
];

describe('evidenceLevel: the row table', () => {
  it.each(ROWS)('design %s, source %s, validated by %j, %j people, %i approved quarters → level %i',
    (design, source, validatedBy, peopleMeasured, approvedQuarters, level) => {
      expect(evidenceLevel({ design, source, validatedBy, peopleMeasured, approvedQuarters }).level).toBe(level);
    });

  it('covers every level of the ladder and every design and source', () => {
    expect(new Set(ROWS.map((r) => r[5]))).toEqual(new Set([1, 2, 3, 4, 5]));
    for (const d of EVIDENCE_DESIGNS) expect(ROWS.some((r) => r[0] === d)).toBe(true);
    for (const s of EVIDENCE_SOURCES) expect(ROWS.some((r) => r[1] === s)).toBe(true);
    expect(EVIDENCE_LADDER.map((r) => r.level)).toEqual([1, 2, 3, 4, 5]);
  });

  it('never falls when a fact gets stronger', () => {
    for (const [design, source, validatedBy, peopleMeasured, approvedQuarters] of ROWS) {
      const base = evidenceLevel({ design, source, validatedBy, peopleMeasured, approvedQuarters }).level;
      expect(evidenceLevel({ design, source, validatedBy, peopleMeasured, approvedQuarters: approvedQuarters + 4 }).level).toBeGreaterThanOrEqual(base);
      expect(evidenceLevel({ design, source, validatedBy, peopleMeasured: (peopleMeasured ?? 0) + 100, approvedQuarters }).level).toBeGreaterThanOrEqual(base);
      expect(evidenceLevel({ design, source, validatedBy: 'UvA', peopleMeasured, approvedQuarters }).level).toBeGreaterThanOrEqual(base);
    }
  });
});

describe('evidenceLevel: in words', () => {
  it('names the level, what it rests on and what the next one takes, in Dutch and English', () => {
    const e = evidenceLevel({ design: 'before_after', source: 'survey', validatedBy: null, peopleMeasured: 12, approvedQuarters: 3 });
    expect(e.label).toEqual({ nl: '3 – eerste aanwijzingen voor effectiviteit', en: '3 – first indications of effectiveness' });
    expect(e.explanation.nl).toBe('Niveau 3 van 5, eerste aanwijzingen voor effectiviteit: voor- en nameting, bron: enquête, 3 goedgekeurde kwartalen, 12 gemeten personen, niet gevalideerd.');
    expect(e.explanation.en).toBe('Level 3 of 5, first indications of effectiveness: before and after measurement, source: survey, 3 approved quarters, 12 people measured, not validated.');
    expect(e.next?.nl).toBe('Voor niveau 4 (goede aanwijzingen voor effectiviteit) nodig: een opzet met vergelijkingsgroep of sterker; '
      + 'minstens 4 goedgekeurde kwartalen (nu 3); minstens 20 gemeten personen in het laatste goedgekeurde kwartaal (nu 12).');
    expect(e.next?.en).toMatch(/^For level 4 \(good indications of effectiveness\) it takes: a design with comparison group or stronger; at least 4 approved quarters \(now 3\)/);
    expect(e.missing.map((m) => m.kind)).toEqual(['design', 'approved_quarters', 'people_measured']);
  });

  it('says what a new indicator needs first, and nothing more on the top step', () => {
    const first = evidenceLevel({ design: null, source: null, validatedBy: null, peopleMeasured: null, approvedQuarters: 0 });
    expect(first.label.nl).toBe('1 – goed beschreven');
    expect(first.explanation.nl).toContain('bron niet vastgelegd, 0 goedgekeurde kwartalen, aantal gemeten personen onbekend');
    expect(first.next?.nl).toBe('Voor niveau 2 (goed onderbouwd) nodig: de bron van de cijfers vastgelegd; minstens 1 goedgekeurde kwartaal (nu 0).');
    const top = evidenceLevel({ design: 'randomised', source: 'register', validatedBy: ' UvA ', peopleMeasured: 80, approvedQuarters: 6 });
    expect(top.label.en).toBe('5 – strong indications of effectiveness');
    expect(top.explanation.nl).toContain('gevalideerd door UvA');
    expect(top.next).toBeNull();
    expect(top.missing).toEqual([]);
  });
});
