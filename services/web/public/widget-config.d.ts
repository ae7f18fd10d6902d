/** The module /widget-config.js the server generates (routes/widget.ts): where and what the widget asks. */
export declare const gatewayUrl: string;
export declare const request: { query?: string; operationName?: string; documentId?: string };
/** The licence families' SPDX id patterns (regular expression sources), as the site sorts them. */
export declare const licenseRules: [string, string][];
/** Per language: licence verdicts in plain words, the paid/non-free notes, and hosting labels. */
export declare const words: Record<'nl' | 'en', Record<string, string> & { hosting: Record<string, string> }>;
