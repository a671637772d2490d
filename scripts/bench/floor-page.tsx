import { createRoot } from "react-dom/client";
import { FluentProvider, Title1, webLightTheme } from "@fluentui/react-components";

// The floor of the first-render bench: React and Fluent UI, nothing of the suite, one heading.
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <Title1 as="h1">Page témoin</Title1>
    </FluentProvider>,
  );
}
