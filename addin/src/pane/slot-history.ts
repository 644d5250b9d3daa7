/** The fields of a stored version the slot view reads. */
export interface VersionInfo {
  id: string;
  version: number;
  returnComment: string | null;
  returnedAt: string | null;
}

export const newestFirst = <V extends VersionInfo>(versions: readonly V[]): V[] => [...versions].sort((a, b) => b.version - a.version);

/** Every time the office sent a version back, the latest first: the version, when, and the comment the unit read. */
export const returnHistory = <V extends VersionInfo>(versions: readonly V[]): { version: number; at: string; comment: string }[] =>
  versions
    .filter((v): v is V & { returnedAt: string } => v.returnedAt !== null)
    .sort((a, b) => b.returnedAt.localeCompare(a.returnedAt))
    .map((v) => ({ version: v.version, at: v.returnedAt, comment: v.returnComment ?? '' }));

/**
 * Whether this version can be sent back from the slot view: it must be the
 * one the board counts for the slot (the worker refuses any other with 409).
 */
export const isReturnable = (v: VersionInfo, countedId: string | null): boolean => countedId !== null && v.id === countedId;
