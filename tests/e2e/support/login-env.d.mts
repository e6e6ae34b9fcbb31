// Types for login-env.mjs, which serve.mjs (plain Node) and the specs (TypeScript) both import.
export declare const oidcClient: { id: string; secret: string; name: string };
export declare const sessionSecret: string;
export declare function loginEnv(issuer: string, port: string | number): Record<string, string>;
