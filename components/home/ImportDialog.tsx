'use client';

import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import type { DiagramDetail } from '@/lib/api/dto';
import { createFromImport, importFormatOfFile, IMPORT_FORMATS, previewImport, type ImportFormat, type ImportPreviewReport } from '@/lib/client/import';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Dialog, DialogActions } from '../ui/Dialog';
import { TextField } from '../ui/TextField';
import { ImportReport } from './ImportReport';

const FORMAT_LABELS: Record<ImportFormat, string> = { sql: 'SQL DDL', dbml: 'DBML', prisma: 'Prisma schema', json: 'Tablecraft JSON' };
const ACCEPT = '.sql,.ddl,.dbml,.prisma,.json';

/** "Import…": a schema pasted or uploaded, previewed as a report, then stored as a new diagram. */
export function ImportDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (diagram: DiagramDetail) => void }) {
  return (
    <Dialog
      open={open}
      title="Import a schema"
      description="Paste or upload SQL DDL (pg_dump works), DBML, a Prisma schema or a Tablecraft JSON file."
      onClose={onClose}
      width="max-w-2xl"
    >
      {/* Mounted only while open, so every opening starts from a clean form. */}
      {open && <ImportForm onClose={onClose} onCreated={onCreated} />}
    </Dialog>
  );
}

type Pending = 'reading' | 'preview' | 'create' | null;

function ImportForm({ onClose, onCreated }: { onClose: () => void; onCreated: (diagram: DiagramDetail) => void }) {
  const ids = { format: useId(), source: useId(), file: useId() };
  const [format, setFormat] = useState<ImportFormat>('sql');
  const [source, setSource] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [report, setReport] = useState<ImportPreviewReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);

  // Any change to what would be imported makes the shown report stale.
  const changed = () => {
    setReport(null);
    setError(null);
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    changed();
    setPending('reading');
    try {
      setSource(await file.text());
      setFileName(file.name);
      const detected = importFormatOfFile(file.name);
      if (detected) setFormat(detected);
      else setError(`“${file.name}” has no extension Tablecraft knows (.sql, .dbml, .prisma, .json); choose the format.`);
    } catch (cause) {
      setError(`Could not read “${file.name}”: ${cause instanceof Error ? cause.message : String(cause)}`);
    } finally {
      setPending(null);
    }
  };

  const preview = async () => {
    setPending('preview');
    setError(null);
    const result = await previewImport({ format, source, name });
    setPending(null);
    if (result.ok) setReport(result.value.report);
    else {
      setReport(null);
      setError(result.error.error.message);
    }
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setPending('create');
    setError(null);
    const result = await createFromImport({ format, source, name });
    setPending(null);
    if (result.ok) onCreated(result.value.diagram);
    else setError(result.error.error.message);
  };

  const empty = source.trim() === '';
  const busy = pending !== null;

  return (
    <form onSubmit={create} aria-label="Import a schema">
      <div className="grid grid-cols-[1fr_auto] items-end gap-4">
        <div>
          <label htmlFor={ids.file} className="block text-xs font-medium text-zinc-700 dark:text-zinc-300">Upload a file</label>
          <input
            id={ids.file}
            type="file"
            accept={ACCEPT}
            onChange={upload}
            className="mt-1.5 block w-full text-sm text-zinc-600 file:mr-3 file:rounded-md file:border-0 file:bg-zinc-100 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-zinc-800 hover:file:bg-zinc-200 dark:text-zinc-400 dark:file:bg-zinc-800 dark:file:text-zinc-100"
          />
        </div>
        <div>
          <label htmlFor={ids.format} className="block text-xs font-medium text-zinc-700 dark:text-zinc-300">Format</label>
          <select
            id={ids.format}
            value={format}
            onChange={(event) => { changed(); setFormat(event.target.value as ImportFormat); }}
            className="mt-1.5 block h-9 rounded-md border border-zinc-300 bg-white px-2 text-sm shadow-sm dark:border-zinc-700 dark:bg-zinc-950"
          >
            {IMPORT_FORMATS.map((f) => <option key={f} value={f}>{FORMAT_LABELS[f]}</option>)}
          </select>
        </div>
      </div>

      <div className="mt-4">
        <label htmlFor={ids.source} className="block text-xs font-medium text-zinc-700 dark:text-zinc-300">
          Schema source{fileName && <span className="font-normal text-zinc-500"> — from {fileName}</span>}
        </label>
        <textarea
          id={ids.source}
          value={source}
          onChange={(event) => { changed(); setFileName(null); setSource(event.target.value); }}
          rows={10}
          spellCheck={false}
          placeholder={'CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  email text NOT NULL UNIQUE\n);'}
          className="mt-1.5 block w-full resize-y rounded-md border border-zinc-300 bg-white px-3 py-2 font-mono text-xs shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/20 dark:border-zinc-700 dark:bg-zinc-950"
        />
      </div>

      <TextField
        className="mt-4"
        label="Name"
        value={name}
        maxLength={200}
        placeholder="Imported schema"
        hint="Leave empty to use the name the file gives, or a default."
        onChange={(event) => setName(event.target.value)}
      />

      <div aria-live="polite" className="mt-4 empty:hidden">
        {report && <ImportReport report={report} />}
      </div>
      {error && <div className="mt-4"><ErrorAlert>{error}</ErrorAlert></div>}

      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button onClick={preview} disabled={busy || empty}>{pending === 'preview' ? 'Reading…' : 'Preview'}</Button>
        <Button type="submit" variant="primary" disabled={busy || empty}>{pending === 'create' ? 'Creating…' : 'Create diagram'}</Button>
      </DialogActions>
    </form>
  );
}
