import type {
  AgreementKind, AgreementStatus, Aggregation, Direction, GateDecision, Health, IndicatorUnit, MeasurementStatus,
  MilestoneStatus, Phase,
} from '@lab/domain';

// Dutch words and number formats shared by the PDF, XLSX and CSV renderings of the quarterly report, so
// the three files (and the dashboard, which has its own messages for the same values) say the same thing.

export const PHASE_NL: Record<Phase, string> = { scenario: 'Scenario', experiment: 'Experiment', rollout: 'Opschaling', stopped: 'Gestopt' };
export const HEALTH_NL: Record<Health, string> = { on_track: 'Op koers', at_risk: 'Risico', off_track: 'Uit koers' };
export const DECISION_NL: Record<GateDecision, string> = { go: 'Go', no_go: 'No-go' };
export const MILESTONE_STATUS_NL: Record<MilestoneStatus, string> = {
  planned: 'Gepland', in_progress: 'Bezig', done: 'Gereed', cancelled: 'Vervallen',
};
export const MEASUREMENT_STATUS_NL: Record<MeasurementStatus, string> = {
  draft: 'Concept', submitted: 'Ingediend', approved: 'Goedgekeurd', returned: 'Teruggestuurd',
};
export const AGREEMENT_KIND_NL: Record<AgreementKind, string> = {
  covenant: 'Convenant', cooperation: 'Samenwerking', subsidy: 'Subsidie', procurement: 'Inkoop',
  letter_of_intent: 'Intentieverklaring', outcome_contract: 'Resultaatafspraak',
};
export const AGREEMENT_STATUS_NL: Record<AgreementStatus, string> = {
  draft: 'Concept', negotiating: 'In onderhandeling', signed: 'Getekend', active: 'Actief', ended: 'Afgelopen', terminated: 'Beëindigd',
};
export const UNIT_NL: Record<IndicatorUnit, string> = { count: 'aantal', percent: '%', score: 'score', euro: 'euro' };
export const DIRECTION_NL: Record<Direction, string> = { increase: 'hoger is beter', decrease: 'lager is beter' };
export const AGGREGATION_NL: Record<Aggregation, string> = { sum: 'opgeteld', latest: 'laatste', average: 'gemiddeld' };

const QUARTER_NAMES = ['eerste', 'tweede', 'derde', 'vierde'];
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** `2016-Q3` → `derde kwartaal 2016`. */
export function quarterNl(period: string): string {
  return `${QUARTER_NAMES[Number(period.slice(6)) - 1]} kwartaal ${period.slice(0, 4)}`;
}

/** `2016-07-01` → `1 juli 2016`. */
export function dateNl(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** `2016-07-01` → `01-07-2016`. */
export function shortDateNl(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}-${m}-${y}`;
}

const numberFormats = new Map<number, Intl.NumberFormat>();
/** Dutch number: 1.234,5 (up to `decimals` decimals, no trailing zeros). Empty for null. */
export function numberNl(n: number | null, decimals = 2): string {
  if (n === null) return '';
  let f = numberFormats.get(decimals);
  if (!f) numberFormats.set(decimals, (f = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: decimals })));
  return f.format(n);
}

/** A change with its sign: +2, −1,5. */
export function changeNl(n: number | null): string {
  if (n === null) return '';
  if (n > 0) return `+${numberNl(n)}`;
  if (n < 0) return `−${numberNl(-n)}`;
  return '0';
}

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
/** Integer cents → `€ 1.234,56`. */
export function centsNl(cents: number | null): string {
  return cents === null ? '' : euro.format(cents / 100);
}

/** 0.4567 → `46 %`. */
export function percentNl(share: number | null): string {
  return share === null ? '–' : `${numberNl(Math.round(share * 100), 0)} %`;
}

/** A value in its unit: `45 %`, `€ 12,50`, `7,5`. */
export function valueNl(n: number | null, unit: IndicatorUnit): string {
  if (n === null) return '';
  if (unit === 'percent') return `${numberNl(n)} %`;
  if (unit === 'euro') return `€ ${numberNl(n)}`;
  return numberNl(n);
}

export function yesNo(b: boolean | null): string {
  return b === null ? '' : b ? 'ja' : 'nee';
}

/** The base name of the downloads: `kwartaalrapportage-1-2016-Q3`. */
export function reportFileBase(labId: number, period: string, version?: number): string {
  return `kwartaalrapportage-${labId}-${period}${version === undefined ? '' : `-v${version}`}`;
}
