/**
 * Personal data are kept for the agency's audits of a training year, then no longer: a person's data go
 * once `years` full years have passed since the end of their training year (31 December, Brussels).
 * Trained in 2018, kept 7 years: kept through 2025, erased from 1 January 2026.
 */
export function retentionEnded(trainingYear: number, today: string, years: number): boolean {
  return trainingYear + years < Number(today.slice(0, 4));
}
