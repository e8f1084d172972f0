export * from './types';
export * from './file-name';
export * from './markers';
export * from './parse';
export * from './checksum';
export * from './plan';
export * from './split';
