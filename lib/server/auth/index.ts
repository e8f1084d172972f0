export * from './types';
export { authenticate, authorizeDiagram, authorizeWorkspace } from './authorize';
