import type { PoolPlan } from '@/lib/pooling/sizing';

/** The arithmetic behind the numbers, one step per row, so a reader can check pgbouncer.ini by hand. */
export function SizingArithmetic({ plan }: { plan: PoolPlan }) {
  return (
    <section aria-label="Sizing arithmetic" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="text-sm font-semibold">Sizing</h2>
      <p className="mt-1 text-xs text-zinc-500">
        PostgreSQL does useful work with about cores × 2 to cores × 4 active connections; more only queue inside the server.
        In transaction mode a server connection is busy only during a transaction, so a small pool serves many clients.
      </p>
      <dl className="mt-3 grid grid-cols-3 gap-2 text-center">
        {([['default_pool_size', plan.defaultPoolSize], ['max_client_conn', plan.maxClientConn], ['server connections', `${plan.totalServerConnections} / ${plan.available}`]] as const).map(([k, v]) => (
          <div key={k} className="rounded-md bg-zinc-50 p-2 dark:bg-zinc-950">
            <dt className="font-mono text-[11px] text-zinc-500">{k}</dt>
            <dd className="text-lg font-semibold" aria-label={k}>{v}</dd>
          </div>
        ))}
      </dl>
      <table className="mt-3 w-full text-left text-xs">
        <thead><tr className="text-zinc-500"><th className="py-1 pr-2">Step</th><th className="py-1 pr-2">Value</th><th className="py-1">How</th></tr></thead>
        <tbody>
          {plan.steps.map((s, i) => (
            <tr key={i} className="border-t border-zinc-100 align-top dark:border-zinc-800">
              <td className="py-1 pr-2">{s.name}</td>
              <td className="py-1 pr-2 font-mono font-semibold">{s.value}</td>
              <td className="py-1 font-mono text-zinc-600 dark:text-zinc-400">{s.formula}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.warnings.length > 0 && (
        <ul className="mt-3 list-disc space-y-1 pl-5 text-xs text-amber-800 dark:text-amber-300">
          {plan.warnings.map((w, i) => <li key={i}>{w}</li>)}
        </ul>
      )}
    </section>
  );
}
