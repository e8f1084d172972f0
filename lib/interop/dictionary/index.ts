export { dataDictionaryHtml, escapeHtml } from './html';
export { dataDictionaryMarkdown } from './markdown';
