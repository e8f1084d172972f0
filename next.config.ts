import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run
  // time; bundling would move them. The pg driver and Prisma's adapter stay
  // external for the same reason (native-ish modules with dynamic requires).
  serverExternalPackages: [
    '@electric-sql/pglite',
    '@electric-sql/pglite-pgvector',
    '@electric-sql/pglite-socket',
    'pg',
  ],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
