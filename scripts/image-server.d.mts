// Types for scripts/image-server.mjs, which the TypeScript tests import.
export declare const IMAGE_HOST: string;
export interface ImageServer {
  readonly requests: { url: string; headers: Record<string, string | string[] | undefined> }[];
  chromiumArgs: string[];
  close(): Promise<void>;
}
export declare function startImageServer(): Promise<ImageServer>;
