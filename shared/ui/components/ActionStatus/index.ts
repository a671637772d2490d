export { ActionStatus } from "./ActionStatus";
export type { ActionStatusProps } from "./ActionStatus";
