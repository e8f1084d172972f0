import { DEFAULT_POSTGRES_VERSION } from '../model/document';
import type { DdlError } from './errors';

/**
 * The first PostgreSQL major version that has each feature the generator can
 * emit. Targets run from 13 to 18; anything listed here above 13 is checked
 * before emitting, and a document that needs more than its target gets a
 * `feature_unavailable` error instead of SQL the server would reject.
 */
export const FEATURES = {
  /** `UNIQUE NULLS NOT DISTINCT` on constraints and indexes. */
  nullsNotDistinct: { since: 15, label: 'NULLS NOT DISTINCT' },
  /** The built-in `uuidv7()` function. */
  uuidv7: { since: 18, label: 'uuidv7()' },
  merge: { since: 15, label: 'MERGE' },
  jsonTable: { since: 17, label: 'JSON_TABLE' },
  maintainPrivilege: { since: 17, label: 'the MAINTAIN privilege' },
  /** Virtual generated columns; we always write STORED, which every target has. */
  virtualGeneratedColumns: { since: 18, label: 'VIRTUAL generated columns' },
  /** `ADD FOREIGN KEY … NOT VALID` on a partitioned table; before 18 the online plan falls back to a validated add. */
  notValidForeignKeyOnPartitioned: { since: 18, label: 'NOT VALID foreign keys on partitioned tables' },
} as const;

export type Feature = keyof typeof FEATURES;

export function hasFeature(version: number, feature: Feature): boolean {
  return version >= FEATURES[feature].since;
}

export function targetVersion(doc: { target?: { postgresVersion?: number } }): number {
  return doc.target?.postgresVersion ?? DEFAULT_POSTGRES_VERSION;
}

/** Null when the target has the feature, else the typed error for `object`. */
export function requireFeature(version: number, feature: Feature, object: string): DdlError | null {
  if (hasFeature(version, feature)) return null;
  const { since, label } = FEATURES[feature];
  return {
    kind: 'feature_unavailable',
    feature,
    object,
    neededVersion: since,
    targetVersion: version,
    message: `${label} needs PostgreSQL ${since} or later, but the diagram targets PostgreSQL ${version}; raise the target version or remove it`,
  };
}

/**
 * Features that appear inside user-written expressions (defaults, checks,
 * generated columns, predicates). Matched on the words outside string literals.
 */
const EXPRESSION_FEATURES: readonly { feature: Feature; pattern: RegExp }[] = [
  { feature: 'uuidv7', pattern: /\buuidv7\s*\(/i },
  { feature: 'jsonTable', pattern: /\bjson_table\s*\(/i },
];

export function expressionFeatureErrors(version: number, expression: string, object: string): DdlError[] {
  const code = expression.replace(/'(?:[^']|'')*'/g, "''");
  return EXPRESSION_FEATURES.flatMap(({ feature, pattern }) => {
    if (!pattern.test(code)) return [];
    const error = requireFeature(version, feature, object);
    return error ? [error] : [];
  });
}
