import { Spinner, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useState } from "react";
import type { ReactNode } from "react";
import { AppShell } from "./AppShell";
import type { AppShellProps } from "./AppShell";
import { fr } from "../i18n/fr";

const useStyles = makeStyles({
  layout: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalL },
  pane: {
    flexBasis: "320px",
    flexGrow: 1,
    maxWidth: "480px",
    // A flex item never shrinks below its content's width unless told: without this a long select widens the pane.
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  // Three or four views do not fit a task pane's width on one line.
  tabs: { flexWrap: "wrap" },
  preview: { flexBasis: "420px", flexGrow: 2, minWidth: 0 },
});

export interface PaneView<V extends string> {
  readonly id: V;
  readonly label: string;
  readonly render: () => ReactNode;
}

export interface TaskPaneProps<V extends string> extends Omit<AppShellProps, "children"> {
  /** The pane's visible heading (the page title is `title`). */
  readonly heading: string;
  /** The views in tab order; the first is shown at start. */
  readonly views: readonly [PaneView<V>, ...PaneView<V>[]];
  /** Shown under the heading, above the tabs (for example the state of the network's clause lists). */
  readonly notice?: ReactNode;
  /** The simulated document or workbook of the browser preview, beside the pane; absent in Office. */
  readonly preview?: ReactNode;
}

/**
 * The skeleton of the Word and Excel task panes: the shared frame, a heading, one tab per view, and in the browser
 * preview the simulated document beside the pane (below it when the window is as narrow as a task pane).
 */
export function TaskPane<V extends string>({ heading, views, notice, preview, ...shell }: TaskPaneProps<V>) {
  const styles = useStyles();
  const [view, setView] = useState<V>(views[0].id);
  const shown = views.find((v) => v.id === view) ?? views[0];
  return (
    <AppShell {...shell}>
      <div className={styles.layout}>
        <div className={styles.pane}>
          <Title3 as="h1">{heading}</Title3>
          {notice}
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={view}
            onTabSelect={(_e, data) => setView(data.value as V)}
            aria-label="Vues du volet"
          >
            {views.map((v) => (
              <Tab key={v.id} value={v.id}>
                {v.label}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" aria-label={shown.label}>
            {/* A view may be loaded when it first opens (React.lazy): the pane's first script stays light. */}
            <Suspense fallback={<Spinner size="small" label={fr.loading} />}>{shown.render()}</Suspense>
          </div>
        </div>
        {preview && (
          <div className={styles.preview}>
            <Suspense fallback={<Spinner size="small" label={fr.loading} />}>{preview}</Suspense>
          </div>
        )}
      </div>
    </AppShell>
  );
}
