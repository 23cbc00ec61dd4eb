export declare const corpusRoot: string;
