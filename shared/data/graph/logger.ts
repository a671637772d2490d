/** Where the data layer says what it does. Messages carry method, URL and status: never headers nor bodies. */
export interface DataLogger {
  debug(message: string): void;
}

export const silentLogger: DataLogger = { debug: () => undefined };
