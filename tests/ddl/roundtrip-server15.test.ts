import { openServerDatabase, serverUnavailableReason } from '../support/databases';
import { roundtripSuite } from '../support/roundtrip-suite';

// The PostgreSQL 15 server has no pgvector: vector documents are left out, the
// others are generated for target 15 and run in a fresh database each file.
const reason = await serverUnavailableReason();
roundtripSuite('generated DDL on the PostgreSQL 15 server', openServerDatabase, { skip: reason, retarget: 15 });
