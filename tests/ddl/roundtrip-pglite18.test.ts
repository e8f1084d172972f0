import { openPglite18 } from '../support/databases';
import { roundtripSuite } from '../support/roundtrip-suite';

roundtripSuite('generated DDL on PostgreSQL 18 (PGlite 0.5 + pgvector)', openPglite18);
