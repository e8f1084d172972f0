import type { ReactNode } from 'react';

/** An error the person should read now (role="alert"), with an optional dismiss button. */
export function ErrorAlert({ children, onDismiss }: { children: ReactNode; onDismiss?: () => void }) {
  return (
    <div role="alert" className="flex items-start gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
      <div className="min-w-0 flex-1">{children}</div>
      {onDismiss && (
        <button type="button" onClick={onDismiss} className="text-xs font-medium text-red-700 hover:underline dark:text-red-300">
          Dismiss
        </button>
      )}
    </div>
  );
}
