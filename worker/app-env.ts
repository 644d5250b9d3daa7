/** Whom a token stands for, as stored. */
export interface TokenIdentity {
  tokenId: string;
  org: string;
  kind: 'admin' | 'unit';
  /** Set for unit tokens only. */
  unitCode: string | null;
  label: string;
}

/**
 * The units a request may read or act on, below the organisation: a subtree
 * of the unit tree, `root` at its top. A unit token's scope is its own unit
 * alone, or — on the routes open to reviewers — the unit and every unit below
 * it (see worker/auth/scope.ts).
 */
export interface Scope {
  root: string;
  rootName: string;
  codes: ReadonlySet<string>;
}

/** Who is calling, resolved from the bearer token by `requireAuth`. */
export interface Caller extends TokenIdentity {
  /** null: the whole organisation (an admin token). */
  scope: Scope | null;
}

export interface AppEnv {
  Bindings: Env;
  Variables: { caller: Caller };
}
