import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite and libpg-query load their WebAssembly and data files from their own package folders at run
  // time; bundling would move them. The pg driver and Prisma's adapter stay
  // external for the same reason (native-ish modules with dynamic requires).
  serverExternalPackages: [
    '@electric-sql/pglite',
    '@electric-sql/pglite-pgvector',
    '@electric-sql/pglite-socket',
    'pg',
    // The PostgreSQL parser loads its WebAssembly from its own package folder.
    'libpg-query',
  ],
  // A separate build folder lets two checkouts' worth of work (or two test runs)
  // build side by side without clobbering each other's .next.
  distDir: process.env.TABLECRAFT_NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
