export { ResultBar } from "./ResultBar";
export type { ResultBarProps } from "./ResultBar";
