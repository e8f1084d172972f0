import Link from 'next/link';
import type { ReactNode } from 'react';
import { LogoMark } from '../ui/icons';

/** The frame of the account pages: the logo, a title, a short explanation, the form. */
export function AuthCard({ title, lead, children, footer }: { title: string; lead?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <main className="flex min-h-full items-center justify-center px-6 py-16">
      <div className="w-full max-w-sm">
        <Link href="/" className="mb-8 flex items-center justify-center gap-2.5" aria-label="Tablecraft home">
          <LogoMark />
          <span className="text-[15px] font-semibold tracking-tight">Tablecraft</span>
        </Link>
        <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-800">
          <h1 className="text-lg font-semibold tracking-tight">{title}</h1>
          {lead && <p className="mt-1.5 text-zinc-600 dark:text-zinc-400">{lead}</p>}
          <div className="mt-5">{children}</div>
        </div>
        {footer && <div className="mt-4 text-center text-zinc-600 dark:text-zinc-400">{footer}</div>}
      </div>
    </main>
  );
}
