export * from "./columns";
export * from "./define-list";
export * from "./parse-items";
export * from "./wire";
export * from "./column-definitions";
export * from "./lists";
export * from "./records";
