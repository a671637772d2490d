import { THEME_LABELS } from "./network";
import { THEMES } from "./questions";

/** The themes of the network's questions, as the options of a select. */
export function ThemeOptions() {
  return THEMES.map((t) => (
    <option key={t} value={t}>
      {THEME_LABELS[t]}
    </option>
  ));
}
