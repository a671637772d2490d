import { Spinner, Title3 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { AppShell } from "./AppShell";
import type { AppShellProps } from "./AppShell";
import { fr } from "../i18n/fr";

export interface PageFrameProps extends Omit<AppShellProps, "children"> {
  /** The page's visible heading (the page title is `title`). */
  readonly heading: string;
  /** What goes under the heading; a spinner while the page's views are on their way. */
  readonly children?: ReactNode;
}

/**
 * The frame and heading of a page, drawn by its first script before the rest of its code arrives (`startInStages`):
 * the page shows where it is at once, and its views replace the spinner when their chunks are there.
 */
export function PageFrame({
  heading,
  children = <Spinner size="small" label={fr.loading} />,
  ...shell
}: PageFrameProps) {
  return (
    <AppShell {...shell}>
      <Title3 as="h1">{heading}</Title3>
      {children}
    </AppShell>
  );
}
