import { Label, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useId } from "react";
import type { HostKind, ThemeName } from "@shared/ports/host-context";
import { fr } from "../i18n/fr";
import { usePreviewToolsStyles } from "./app-shell-styles";

const THEMES: readonly (readonly [ThemeName, string])[] = [
  ["light", "Clair"],
  ["dark", "Sombre"],
  ["contrast", "Contraste élevé"],
];

interface PreviewToolsProps {
  /** The host the preview stands in for, whose banner it shows. */
  readonly simulates?: HostKind | undefined;
  readonly themeName: ThemeName;
  readonly onThemeChange: (theme: ThemeName) => void;
}

/** The preview's banner, and the theme select: outside Teams or Office nothing sets the theme, so one tries each. */
export function PreviewTools({ simulates, themeName, onThemeChange }: PreviewToolsProps) {
  const styles = usePreviewToolsStyles();
  const themeId = useId();
  return (
    <>
      <MessageBar intent="warning" role="status">
        <MessageBarBody>{simulates === "teams" ? fr.preview.teamsBanner : fr.preview.banner}</MessageBarBody>
      </MessageBar>
      <div className={styles.previewTools}>
        <Label htmlFor={themeId} size="small">
          {fr.preview.theme}
        </Label>
        <Select id={themeId} size="small" value={themeName} onChange={(_e, d) => onThemeChange(d.value as ThemeName)}>
          {THEMES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </div>
    </>
  );
}
