export * from "./config";
export * from "./token-provider";
export * from "./local-token-provider";
export * from "./msal-token-provider";
