/**
 * The normalization engine: relational algorithms on attribute bitsets
 * (closure, cover, keys, normal forms, 3NF synthesis, BCNF decomposition, chase)
 * and the check of a diagram document built on them (findings and fixes).
 * Pure: no I/O, runs in the browser, the server and the CLI.
 */
export * from './attr-set';
export * from './fd';
export * from './relation';
export * from './closure';
export * from './cover';
export * from './keys';
export * from './projection';
export * from './normal-forms';
export * from './chase';
export * from './preservation';
export * from './synthesis';
export * from './bcnf';
export * from './table-dependencies';
export * from './findings';
export * from './fix-types';
export * from './fix';
export * from './analyze';
