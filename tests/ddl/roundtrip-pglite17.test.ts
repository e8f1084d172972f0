import { openPglite17 } from '../support/databases';
import { roundtripSuite } from '../support/roundtrip-suite';

roundtripSuite('generated DDL on PostgreSQL 17 (PGlite 0.3 + pgvector)', openPglite17);
