import type { MeasurementContext } from '@lab/domain';

/**
 * A measurement named the way people do: "MW-03 Werkplaats in de wijk · Deelnemers met betaald werk · 2017-Q1",
 * never "#155". Without its context (an answer that lacks it) the quarter alone.
 */
export function measurementSubject(m: { period: string; context?: MeasurementContext | null }): string {
  const c = m.context;
  if (!c) return m.period;
  return `${c.projectCode} ${c.projectTitle} · ${c.indicatorName} · ${m.period}`;
}
