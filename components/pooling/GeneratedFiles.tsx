'use client';

import { useState } from 'react';
import { downloadFile, downloadZip } from '@/lib/client/pooling/download';
import { CopyButton } from '../migrations/CopyButton';
import { Button } from '../ui/Button';

/** The generated pgbouncer/ files, one tab each, with copy and download; or all of them as a zip. */
export function GeneratedFiles({ files, zipName }: { files: Readonly<Record<string, string>>; zipName: string }) {
  const paths = Object.keys(files);
  const [chosen, setChosen] = useState(paths[0] ?? '');
  const current = paths.includes(chosen) ? chosen : paths[0] ?? '';
  const name = (path: string) => path.replace(/^pgbouncer\//, '');
  return (
    <section aria-label="Generated files" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex items-center gap-2">
        <h2 className="text-sm font-semibold">Files</h2>
        <Button size="sm" className="ml-auto" onClick={() => void downloadZip(zipName, files)}>Download all (.zip)</Button>
      </div>
      <div role="tablist" aria-label="Generated files" className="mt-2 flex flex-wrap gap-1">
        {paths.map((p) => (
          <button key={p} type="button" role="tab" aria-selected={p === current} onClick={() => setChosen(p)}
            className={`rounded px-2 py-1 font-mono text-xs ${p === current ? 'bg-indigo-600 text-white' : 'text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800'}`}>
            {name(p)}
          </button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" aria-label={name(current)} className="mt-2">
          <div className="mb-1 flex items-center justify-end gap-1">
            <CopyButton text={files[current]!} label={`Copy ${name(current)}`} />
            <Button size="sm" variant="ghost" onClick={() => downloadFile(name(current), files[current]!)}>Download {name(current)}</Button>
          </div>
          <pre className="max-h-[28rem] overflow-auto rounded-md bg-zinc-50 p-3 font-mono text-xs ring-1 ring-zinc-200 dark:bg-zinc-950 dark:ring-zinc-800">{files[current]}</pre>
        </div>
      )}
    </section>
  );
}
