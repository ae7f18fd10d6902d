/** The module /widget-config.js the server generates (routes/widget.ts): where and what the widget asks. */
export declare const gatewayUrl: string;
export declare const request: { query?: string; operationName?: string; documentId?: string };
