import type {
  AgreementKind, AgreementStatus, Aggregation, Direction, GateDecision, Health, IndicatorKind, IndicatorUnit, MeasurementStatus,
  MilestoneStatus, Phase,
} from './enums';
import type { CorrectionKind } from './closed-quarter';

// The words for the codes every output shows, in Dutch and English: the dashboard's messages take them from
// here (apps/admin/src/i18n/app-messages.ts) and so do the report's PDF, XLSX and CSV, so a phase that reads
// "Uitrol" on the screen reads "Uitrol" in the file the council receives.

export const LABEL_LANGUAGES = ['nl', 'en'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

export interface EnumLabels {
  phase: Record<Phase, string>;
  health: Record<Health, string>;
  agreement_kind: Record<AgreementKind, string>;
  agreement_status: Record<AgreementStatus, string>;
  milestone_status: Record<MilestoneStatus, string>;
  indicator_kind: Record<IndicatorKind, string>;
  indicator_unit: Record<IndicatorUnit, string>;
  direction: Record<Direction, string>;
  aggregation: Record<Aggregation, string>;
  measurement_status: Record<MeasurementStatus, string>;
  gate_decision: Record<GateDecision, string>;
  correction_kind: Record<CorrectionKind, string>;
}

export const ENUM_LABELS: Record<LabelLanguage, EnumLabels> = {
  nl: {
    phase: { scenario: 'Scenario', experiment: 'Experiment', rollout: 'Uitrol', stopped: 'Gestopt' },
    health: { on_track: 'Op koers', at_risk: 'Risico', off_track: 'Uit koers' },
    agreement_kind: {
      covenant: 'Convenant', cooperation: 'Samenwerkingsovereenkomst', subsidy: 'Subsidie', procurement: 'Inkoop',
      letter_of_intent: 'Intentieverklaring', outcome_contract: 'Resultaatcontract',
    },
    agreement_status: { draft: 'Concept', negotiating: 'In onderhandeling', signed: 'Getekend', active: 'Actief', ended: 'Afgelopen', terminated: 'Beëindigd' },
    milestone_status: { planned: 'Gepland', in_progress: 'Bezig', done: 'Afgerond', cancelled: 'Vervallen' },
    indicator_kind: { output: 'Output', outcome: 'Outcome' },
    indicator_unit: { count: 'Aantal', percent: 'Percentage', score: 'Score', euro: 'Euro' },
    direction: { increase: 'Omhoog', decrease: 'Omlaag' },
    aggregation: { sum: 'Optellen', latest: 'Laatste waarde', average: 'Gemiddelde' },
    measurement_status: { draft: 'Concept', submitted: 'Ingediend', approved: 'Goedgekeurd', returned: 'Teruggestuurd' },
    gate_decision: { go: 'Go', no_go: 'No-go' },
    correction_kind: { reopen: 'Goedgekeurde waarde heropend', new_measurement: 'Nieuwe meting', status_update: 'Kwartaalupdate heropend' },
  },
  en: {
    phase: { scenario: 'Scenario', experiment: 'Experiment', rollout: 'Rollout', stopped: 'Stopped' },
    health: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track' },
    agreement_kind: {
      covenant: 'Covenant', cooperation: 'Cooperation agreement', subsidy: 'Subsidy', procurement: 'Procurement',
      letter_of_intent: 'Letter of intent', outcome_contract: 'Outcome contract',
    },
    agreement_status: { draft: 'Draft', negotiating: 'Negotiating', signed: 'Signed', active: 'Active', ended: 'Ended', terminated: 'Terminated' },
    milestone_status: { planned: 'Planned', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
    indicator_kind: { output: 'Output', outcome: 'Outcome' },
    indicator_unit: { count: 'Count', percent: 'Percent', score: 'Score', euro: 'Euro' },
    direction: { increase: 'Increase', decrease: 'Decrease' },
    aggregation: { sum: 'Sum', latest: 'Latest value', average: 'Average' },
    measurement_status: { draft: 'Draft', submitted: 'Submitted', approved: 'Approved', returned: 'Returned' },
    gate_decision: { go: 'Go', no_go: 'No-go' },
    correction_kind: { reopen: 'Approved value reopened', new_measurement: 'New measurement', status_update: 'Status update reopened' },
  },
};

/** The Dutch words, which every file sent to the council uses. */
export const LABELS_NL = ENUM_LABELS.nl;

/** The time zone the product's users live in: every time a person reads is shown in it. */
export const LOCAL_TIME_ZONE = 'Europe/Amsterdam';

const localParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: LOCAL_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** An ISO instant in Amsterdam time: its calendar day (YYYY-MM-DD) and its time (HH:MM). */
export function localDateTime(iso: string): { date: string; time: string } {
  const parts = Object.fromEntries(localParts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
