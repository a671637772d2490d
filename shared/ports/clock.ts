/** Today's date, injected so that the domain never reads the clock. */
export interface Clock {
  /** ISO yyyy-mm-dd in Europe/Paris. */
  today(): string;
}

export const systemClock: Clock = {
  today: () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris" }).format(new Date()),
};
