// Types for xss-vectors.mjs, which xss-content.mjs (plain Node) and xss.spec.ts both import.
export declare const xssVectors: string[];
