// Types for scripts/serve.mjs, which the TypeScript tests import.
export declare const repoRoot: string;
export declare const defaultMounts: Record<string, string>;
export interface StaticServer {
  /** http://127.0.0.1:PORT/ (ends with a slash). */
  url: string;
  port: number;
  close(): Promise<void>;
}
export declare function startServer(
  mounts?: string | Record<string, string>,
  options?: { port?: number; quiet?: boolean },
): Promise<StaticServer>;
