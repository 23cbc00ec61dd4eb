// Types for scripts/knowledge-server.mjs, which the TypeScript tests import.
export interface KnowledgeFault {
  kind: 'status' | '429' | 'slow' | 'hang' | 'malformed' | 'redirect' | 'hostile';
  status?: number;
  retryAfter?: number | string;
  delayMs?: number;
  /** Fail this many requests, then answer normally. */
  times?: number;
  /** Only this endpoint. */
  on?: 'search' | 'entities' | 'summary';
}
export interface KnowledgeServer {
  /** http://127.0.0.1:PORT (no trailing slash): both the Wikidata and the Wikipedia base URL. */
  url: string;
  fault: KnowledgeFault | null;
  readonly requests: { url: string; headers: Record<string, string | string[] | undefined> }[];
  readonly maxInFlight: number;
  reset(): void;
  close(): Promise<void>;
}
export declare const knowledgeData: { items: Record<string, any>; redirects: Record<string, string> };
export declare function startKnowledgeServer(options?: {
  port?: number;
  data?: unknown;
  fault?: KnowledgeFault | null;
}): Promise<KnowledgeServer>;
