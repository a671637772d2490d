import { fireEvent, render, screen } from "@testing-library/react";
import type { HostContext } from "@shared/ports/host-context";
import { AppShell } from "./AppShell";

const host = (isPreview: boolean): HostContext => ({ kind: "preview", isPreview, theme: "light", locale: "fr-FR" });

describe("le cadre des pages", () => {
  it("en aperçu, laisse essayer chaque thème", () => {
    const { container } = render(
      <AppShell host={host(true)} title="Essai">
        <p>Contenu</p>
      </AppShell>,
    );
    const theme = screen.getByLabelText("Thème de l'aperçu");
    fireEvent.change(theme, { target: { value: "dark" } });
    expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("dark");
    fireEvent.change(theme, { target: { value: "contrast" } });
    expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("contrast");
  });

  it("hors aperçu, le thème vient de l'hôte seul", () => {
    render(
      <AppShell host={host(false)} title="Essai">
        <p>Contenu</p>
      </AppShell>,
    );
    expect(screen.queryByLabelText("Thème de l'aperçu")).toBeNull();
  });
});
