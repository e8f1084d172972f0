import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { THEME_BOOT_SCRIPT } from '@/lib/client/view/theme';
import './globals.css';

export const metadata: Metadata = {
  title: 'Tablecraft',
  description: 'Design PostgreSQL schemas: 3NF checks, indexes from access patterns, safe migrations.',
  icons: { icon: '/favicon.svg' },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The boot script sets the theme class on <html> before React hydrates, hence suppressHydrationWarning.
    <html lang="en" className="h-full" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body className="h-full bg-zinc-50 font-sans text-sm text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        {children}
      </body>
    </html>
  );
}
