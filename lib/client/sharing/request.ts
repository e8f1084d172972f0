/** The sharing, history and read-only clients use the shared browser request helper. */
export { failure, sendJson } from '../send-json';
