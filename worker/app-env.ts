/** Who is calling, resolved from the bearer token by `requireAuth`. */
export interface Caller {
  tokenId: string;
  org: string;
  kind: 'admin' | 'unit';
  /** Set for unit tokens only. */
  unitCode: string | null;
  label: string;
}

export interface AppEnv {
  Bindings: Env;
  Variables: { caller: Caller };
}
