'use client';

import { PGBOUNCER_VERSIONS, type SessionFeatures, type Workload } from '@/lib/model/workload';
import { Button } from '../ui/Button';
import { Fieldset, NumberField, replaceAt, SelectField, TextInput } from './fields';

const FEATURES: readonly [keyof SessionFeatures, string][] = [
  ['sessionSet', 'Session SET (search_path, timezone …)'],
  ['preparedStatements', 'Named prepared statements'],
  ['listenNotify', 'LISTEN / NOTIFY'],
  ['advisoryLocks', 'Session advisory locks'],
  ['tempTables', 'Temporary tables'],
  ['withHoldCursors', 'WITH HOLD cursors'],
];

/**
 * The workload: the server, the clients, the session features, the databases
 * and users, the PgBouncer settings. Passwords sit beside the users but are not
 * part of the workload: they are sent only with the generate request.
 */
export function WorkloadForm({ workload, onChange, passwords, onPasswords }: {
  workload: Workload;
  onChange: (next: Workload) => void;
  passwords: Record<string, string>;
  onPasswords: (next: Record<string, string>) => void;
}) {
  const set = <K extends keyof Workload>(key: K, value: Workload[K]) => onChange({ ...workload, [key]: value });
  const server = (patch: Partial<Workload['server']>) => set('server', { ...workload.server, ...patch });
  const pooler = (patch: Partial<Workload['pgbouncer']>) => set('pgbouncer', { ...workload.pgbouncer, ...patch });
  const add = (label: string, onAdd: () => void) => <Button size="sm" variant="ghost" onClick={onAdd} aria-label={label}>+ Add</Button>;
  const remove = (label: string, onRemove: () => void, disabled: boolean) => (
    <Button size="sm" variant="ghost" onClick={onRemove} disabled={disabled} aria-label={label}>Remove</Button>
  );

  return (
    <form aria-label="Workload" className="space-y-4" onSubmit={(e) => e.preventDefault()}>
      <Fieldset legend="PostgreSQL server">
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          <NumberField label="Server cores" min={1} value={workload.server.cores} onChange={(cores) => server({ cores })} />
          <NumberField label="max_connections" min={1} value={workload.server.maxConnections} onChange={(maxConnections) => server({ maxConnections })} />
          <NumberField label="Superuser reserved" min={0} value={workload.server.superuserReservedConnections} onChange={(n) => server({ superuserReservedConnections: n })} />
          <NumberField label="Other reserved" min={0} value={workload.server.otherReservedConnections} onChange={(n) => server({ otherReservedConnections: n })} />
          <NumberField label="Active connections per core" min={1} value={workload.server.activeConnectionsPerCore} onChange={(n) => server({ activeConnectionsPerCore: n })} />
          <TextInput label="Host" value={workload.server.host} onChange={(host) => server({ host })} />
        </div>
      </Fieldset>

      <Fieldset legend="Clients" action={add('Add client group', () => set('clients', [...workload.clients, { name: `app${workload.clients.length + 1}`, kind: 'long-lived', instances: 1, poolSize: 10 }]))}>
        <div className="space-y-2">
          {workload.clients.map((c, i) => (
            <div key={i} role="group" aria-label={`Client group ${i + 1}`} className="grid grid-cols-[1fr_1fr_7rem_7rem_auto] items-end gap-2">
              <TextInput label="Name" value={c.name} onChange={(name) => set('clients', replaceAt(workload.clients, i, { name }))} />
              <SelectField label="Kind" value={c.kind} options={[['long-lived', 'long-lived app'], ['serverless', 'serverless']] as const}
                onChange={(kind) => set('clients', replaceAt(workload.clients, i, { kind }))} />
              <NumberField label="Instances" min={1} value={c.instances} onChange={(instances) => set('clients', replaceAt(workload.clients, i, { instances }))} />
              <NumberField label="Pool size" min={1} value={c.poolSize} onChange={(poolSize) => set('clients', replaceAt(workload.clients, i, { poolSize }))} />
              {remove(`Remove client group ${i + 1}`, () => set('clients', workload.clients.filter((_, k) => k !== i)), workload.clients.length === 1)}
            </div>
          ))}
        </div>
      </Fieldset>

      <Fieldset legend="Session features the app uses">
        <div className="grid grid-cols-2 gap-1.5">
          {FEATURES.map(([key, label]) => (
            <label key={key} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={workload.features[key]} onChange={(e) => set('features', { ...workload.features, [key]: e.target.checked })} />
              {label}
            </label>
          ))}
        </div>
      </Fieldset>

      <Fieldset legend="Databases" action={add('Add database', () => set('databases', [...workload.databases, { name: `db${workload.databases.length + 1}`, sessionConnections: 0 }]))}>
        <div className="space-y-2">
          {workload.databases.map((d, i) => (
            <div key={i} className="grid grid-cols-[1fr_auto] items-end gap-2">
              <TextInput label={`Database ${i + 1}`} value={d.name} onChange={(name) => set('databases', replaceAt(workload.databases, i, { name }))} />
              {remove(`Remove database ${i + 1}`, () => set('databases', workload.databases.filter((_, k) => k !== i)), workload.databases.length === 1)}
            </div>
          ))}
        </div>
      </Fieldset>

      <Fieldset legend="Users" action={add('Add user', () => set('users', [...workload.users, { name: `user${workload.users.length + 1}`, role: 'app' }]))}>
        <p className="mb-2 text-xs text-zinc-500">Passwords are used once, to derive the SCRAM secrets in userlist.txt. They are not saved with the diagram.</p>
        <div className="space-y-2">
          {workload.users.map((u, i) => (
            <div key={i} role="group" aria-label={`User ${i + 1}`} className="grid grid-cols-[1fr_8rem_1fr_auto] items-end gap-2">
              <TextInput label="User name" value={u.name} onChange={(name) => set('users', replaceAt(workload.users, i, { name }))} />
              <SelectField label="Role" value={u.role} options={['app', 'admin', 'stats'] as const} onChange={(role) => set('users', replaceAt(workload.users, i, { role }))} />
              <TextInput label={`Password for ${u.name}`} type="password" autoComplete="new-password" value={passwords[u.name] ?? ''}
                onChange={(p) => onPasswords({ ...passwords, [u.name]: p })} />
              {remove(`Remove user ${i + 1}`, () => set('users', workload.users.filter((_, k) => k !== i)), workload.users.length === 1)}
            </div>
          ))}
        </div>
      </Fieldset>

      <Fieldset legend="PgBouncer">
        <div className="grid grid-cols-3 gap-3">
          <SelectField label="PgBouncer version" value={workload.pgbouncer.version} options={PGBOUNCER_VERSIONS} onChange={(version) => pooler({ version })} />
          <SelectField label="Pool mode" value={workload.pgbouncer.poolMode} options={['transaction', 'session', 'statement'] as const} onChange={(poolMode) => pooler({ poolMode })} />
          <SelectField label="Authentication" value={workload.pgbouncer.auth} options={[['userlist', 'userlist.txt'], ['auth_query', 'auth_query']] as const} onChange={(auth) => pooler({ auth })} />
          <NumberField label="Listen port" min={1} value={workload.pgbouncer.listenPort} onChange={(listenPort) => pooler({ listenPort })} />
        </div>
      </Fieldset>
    </form>
  );
}
