/**
 * Today in Korea (YYYY-MM-DD). Deadlines and meeting dates are days of the city's calendar; Korea keeps
 * UTC+9 all year (no daylight saving), so the offset is fixed.
 */
export function koreanToday(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
