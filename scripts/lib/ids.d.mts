export declare const GECKO_ID: string;
