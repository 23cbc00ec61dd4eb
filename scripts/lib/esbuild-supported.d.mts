export declare const SUPPORTED: Record<string, boolean>;
