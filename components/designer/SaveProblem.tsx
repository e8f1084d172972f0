'use client';

import { useDesigner, useDesignerStore } from '@/lib/client/designer/context';
import { downloadJson, fileNameFor } from '@/lib/client/download';
import { Button } from '../ui/Button';
import { DownloadIcon } from '../ui/icons';

/**
 * A save the server refused for a reason retrying cannot fix (the document was
 * rejected, the diagram was deleted). Passing failures only show in the save
 * indicator, since they retry by themselves.
 */
export function SaveProblem() {
  const error = useDesigner((s) => (s.status === 'error' && !s.error?.retrying ? s.error : null));
  const store = useDesignerStore();
  if (!error) return null;
  return (
    <div role="alert" className="flex items-center gap-4 border-b border-red-200 bg-red-50 px-4 py-2.5 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
      <p className="min-w-0 flex-1"><span className="font-semibold">Your latest changes were not saved.</span> {error.message}</p>
      <Button
        variant="ghost"
        size="sm"
        onClick={() => {
          const { document } = store.getState();
          downloadJson(fileNameFor(document.name, 'my-copy'), document);
        }}
      >
        <DownloadIcon /> Download my copy
      </Button>
    </div>
  );
}
