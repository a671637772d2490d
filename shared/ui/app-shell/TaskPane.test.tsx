import { fireEvent, render, screen } from "@testing-library/react";
import type { HostContext } from "@shared/ports/host-context";
import { TaskPane } from "./TaskPane";

const host: HostContext = { kind: "preview", isPreview: true, theme: "light", locale: "fr-FR" };

describe("TaskPane", () => {
  it("shows the first view, switches on a tab, and puts the preview beside the pane", () => {
    render(
      <TaskPane
        host={host}
        title="Mairie – Essai"
        heading="Volet d'essai"
        notice={<p>Avis du réseau</p>}
        views={[
          { id: "one", label: "Première", render: () => <p>vue 1</p> },
          { id: "two", label: "Seconde", render: () => <p>vue 2</p> },
        ]}
        preview={<p>document simulé</p>}
      />,
    );
    expect(screen.getByRole("heading", { name: "Volet d'essai" })).toBeTruthy();
    expect(screen.getByRole("tabpanel", { name: "Première" }).textContent).toBe("vue 1");
    expect(screen.getByText("Avis du réseau")).toBeTruthy();
    expect(screen.getByText("document simulé")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Seconde" }));
    expect(screen.getByRole("tabpanel", { name: "Seconde" }).textContent).toBe("vue 2");
    expect(screen.queryByText("vue 1")).toBeNull();
  });

  it("has no preview column inside Office", () => {
    render(
      <TaskPane
        host={{ ...host, kind: "word", isPreview: false }}
        title="Mairie – Essai"
        heading="Volet d'essai"
        views={[{ id: "one", label: "Première", render: () => <p>vue 1</p> }]}
      />,
    );
    expect(screen.queryByText("document simulé")).toBeNull();
    expect(screen.getByRole("main", { name: "Mairie – Essai" })).toBeTruthy();
    // The help page is one click away from every page, in Office as in the preview.
    expect(screen.getByRole("link", { name: "Aide" }).getAttribute("href")).toBe("aide.html");
  });
});
