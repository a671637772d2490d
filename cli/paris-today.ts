/**
 * Paris's « today » for the CLI. shared/ports/clock's Intl.DateTimeFormat would load ICU's locale data, a third of a
 * `check-act` start; Node resolves a TZ set at run time at once. The CLI's process then keeps local time in Paris,
 * the law's own calendar (the domain reads dates as ISO strings and UTC only).
 */
export function parisToday(now = new Date()): string {
  process.env.TZ = "Europe/Paris";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
