export { connectLive, type LiveConnection, type LiveConnectOptions } from './connect';
export { isConnectionLoss, liveError, type LiveError } from './errors';
export { describeUrl, redact, secretsOf } from './redact';
