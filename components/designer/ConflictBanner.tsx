'use client';

import { useState } from 'react';
import { useAutosaver, useDesigner, useDesignerStore } from '@/lib/client/designer/context';
import { describeConflict } from '@/lib/client/describe-conflict';
import { downloadJson, fileNameFor } from '@/lib/client/download';
import { Button } from '../ui/Button';
import { Dialog, DialogActions } from '../ui/Dialog';
import { DownloadIcon } from '../ui/icons';

export const CONFLICT_TITLE = 'This diagram was changed in another window or by someone else';

/**
 * Shown when someone else saved changes that clash with ours. Autosave is paused
 * until the person picks a side; taking theirs first offers a download of ours,
 * so no edit is ever lost without the person saying so.
 */
export function ConflictBanner() {
  const conflict = useDesigner((s) => s.conflict);
  const store = useDesignerStore();
  const autosaver = useAutosaver();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!conflict) return null;

  const downloadMine = () => {
    const { document } = store.getState();
    downloadJson(fileNameFor(document.name, 'my-copy'), document);
  };
  const keepMine = async () => {
    setBusy(true);
    await autosaver.keepMine();
    setBusy(false);
  };

  return (
    <div role="alert" className="border-b border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100">
      <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
        <div className="min-w-0 flex-1">
          <p className="font-semibold">{CONFLICT_TITLE}</p>
          <p className="mt-0.5 text-amber-900/80 dark:text-amber-200/80">
            Autosave is paused until you choose. {conflict.conflicts.length > 0 ? 'Both of you changed:' : ''}
          </p>
          {conflict.conflicts.length > 0 && (
            <ul className="mt-1.5 space-y-0.5">
              {conflict.conflicts.map((c) => {
                const line = describeConflict(c);
                return (
                  <li key={c.path}>
                    <span className="font-medium">{line.where}</span>
                    <span className="text-amber-900/80 dark:text-amber-200/80"> — yours: {line.mine}, theirs: {line.theirs}</span>
                  </li>
                );
              })}
            </ul>
          )}
          {conflict.fellBack && (
            <p className="mt-1.5">Your changes and theirs cannot be combined without breaking a reference (one side removed something the other side uses).</p>
          )}
        </div>
        <div className="flex shrink-0 items-center gap-2">
          <Button variant="primary" size="sm" disabled={busy} onClick={keepMine}>Keep my changes</Button>
          <Button size="sm" disabled={busy} onClick={() => setConfirmDiscard(true)}>Use their version</Button>
          <Button variant="ghost" size="sm" onClick={downloadMine}><DownloadIcon /> Download my copy</Button>
        </div>
      </div>

      <Dialog
        open={confirmDiscard}
        title="Use their version?"
        description="Your changes in this window will be replaced by the version saved elsewhere. Download a copy first if you may need them."
        onClose={() => setConfirmDiscard(false)}
      >
        <DialogActions>
          <Button variant="ghost" onClick={downloadMine}><DownloadIcon /> Download my copy</Button>
          <Button onClick={() => setConfirmDiscard(false)}>Cancel</Button>
          <Button
            variant="danger"
            onClick={() => {
              autosaver.useTheirs();
              setConfirmDiscard(false);
            }}
          >
            Discard my changes
          </Button>
        </DialogActions>
      </Dialog>
    </div>
  );
}
