import type { ConnectionTestResult } from '@/lib/api/dto';

/** What "Test connection" found: version, extensions and what this user may create. */
export function TestResultPanel({ result }: { result: ConnectionTestResult }) {
  const installed = result.extensions.filter((e) => e.installedVersion !== null);
  const available = result.extensions.filter((e) => e.installedVersion === null);
  const yes = (flag: boolean) => (flag ? 'yes' : 'no');
  return (
    <div role="status" aria-label="Connection test result" className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-xs text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
      <p className="font-medium">Connected: PostgreSQL {result.serverVersion}, database {result.database} as {result.user}{result.superuser ? ' (superuser)' : ''}.</p>
      <p className="mt-1">May create schemas: {yes(result.canCreateSchemas)} · may create tables in public: {yes(result.canCreateInPublic)}</p>
      <p className="mt-1">Installed extensions: {installed.map((e) => `${e.name} ${e.installedVersion}`).join(', ') || 'none'}</p>
      <details className="mt-1">
        <summary className="cursor-pointer">Available to install ({available.length})</summary>
        <p className="mt-1">{available.map((e) => e.name).join(', ') || 'none'}{available.some((e) => e.name === 'vector') ? '' : ' — pgvector is not available on this server'}</p>
      </details>
    </div>
  );
}
