export * from './types';
export { authenticate, authorizeDiagram, authorizeWorkspace, LINK_VISITOR_NAME } from './authorize';
export { accountOf } from './account-scope';
export { accessMode, type AccessMode } from './access-mode';
export { checkOrigin } from './csrf';
