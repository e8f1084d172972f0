export { introspect, type IntrospectError, type IntrospectOptions, type Introspection } from './introspect';
export { driftBetween, type Drift, type DriftError } from './drift';
export { adoptIds } from './match-names';
export { fromPg, fromPglite, type Queryable } from './queryable';
