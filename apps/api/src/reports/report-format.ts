import { type IndicatorUnit, LABELS_NL, localDateTime, type ReportStamp } from '@lab/domain';

// Dutch words and number formats shared by the PDF, XLSX and CSV renderings of the quarterly report. The
// words for codes are the dashboard's own (libs/domain labels.ts), so the files and the screen say the same
// thing: a phase that reads "Uitrol" on the page reads "Uitrol" in the PDF.

export const PHASE_NL = LABELS_NL.phase;
export const HEALTH_NL = LABELS_NL.health;
export const DECISION_NL = LABELS_NL.gate_decision;
export const MILESTONE_STATUS_NL = LABELS_NL.milestone_status;
export const MEASUREMENT_STATUS_NL = LABELS_NL.measurement_status;
export const AGREEMENT_KIND_NL = LABELS_NL.agreement_kind;
export const AGREEMENT_STATUS_NL = LABELS_NL.agreement_status;
export const INDICATOR_KIND_NL = LABELS_NL.indicator_kind;
export const UNIT_NL = LABELS_NL.indicator_unit;
export const DIRECTION_NL = LABELS_NL.direction;
export const AGGREGATION_NL = LABELS_NL.aggregation;

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

/** An ISO instant → its day and time in Amsterdam: `02-12-2026 om 08:05`. */
export function dateTimeNl(iso: string): string {
  const { date, time } = localDateTime(iso);
  return `${shortDateNl(date)} om ${time}`;
}

/** An ISO instant → its calendar day in Amsterdam: `02-12-2026` (a decision at 00:30 is of that day, not the day before). */
export function localDayNl(iso: string | null): string {
  return iso ? shortDateNl(localDateTime(iso).date) : '';
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

/** How a live download marks itself, on every PDF page and in the XLSX. */
export const DRAFT_NL = 'Concept, niet bevroren';

/** What a file says about its own standing: a frozen version's stamp, or a live download's draft mark. */
export interface StampWords {
  /** Short, for a page header: `Bevroren versie 2` or `Concept, niet bevroren`. */
  badge: string;
  /** One sentence: which version, when and by whom it was frozen; or when a draft was put together. */
  detail: string;
  /** The data checksum of a frozen version; null for a draft. */
  checksum: string | null;
}

export function stampWords(stamp: ReportStamp | null, generatedAt: string): StampWords {
  if (!stamp) {
    return {
      badge: DRAFT_NL,
      detail: `${DRAFT_NL}: samengesteld op ${dateTimeNl(generatedAt)} uit de gegevens van dat moment; de cijfers kunnen nog veranderen.`,
      checksum: null,
    };
  }
  return {
    badge: `Bevroren versie ${stamp.version}`,
    detail: `Versie ${stamp.version}, bevroren op ${dateTimeNl(stamp.frozenAt)}${stamp.frozenByName ? ` door ${stamp.frozenByName}` : ''}.`,
    checksum: `Controlegetal van de gegevens (SHA-256): ${stamp.dataSha256}`,
  };
}
