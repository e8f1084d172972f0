import { copyTables, pasteCommand, readClipboard, type ClipboardPayload } from '../../editor/factories/clipboard';
import type { DesignerStore } from './store';

/**
 * Copy and paste of tables as Tablecraft JSON. The system clipboard carries it
 * between diagrams and tabs; a copy kept in memory covers browsers that refuse
 * clipboard access (no permission, not focused).
 */
let lastCopied: string | null = null;
const PASTE_OFFSET = 40;

export async function copySelection(store: DesignerStore): Promise<boolean> {
  const { document, selectedNodeIds } = store.getState();
  const payload = copyTables(document, selectedNodeIds);
  if (!payload) return false;
  lastCopied = JSON.stringify(payload);
  try {
    await navigator.clipboard.writeText(lastCopied);
  } catch {
    // The in-memory copy still works within this tab.
  }
  return true;
}

export async function pasteClipboard(store: DesignerStore): Promise<string | null> {
  let text: string | null;
  try {
    text = await navigator.clipboard.readText();
  } catch {
    text = null;
  }
  // Prefer the system clipboard (another tab or diagram); fall back to this tab's copy.
  for (const candidate of [text, lastCopied]) {
    const read = candidate ? readClipboard(candidate) : null;
    if (read?.ok) return pastePayload(store, read.value);
  }
  return 'the clipboard does not hold Tablecraft tables';
}

/** ⌘D: a copy of the selection next to it, without touching the clipboard. */
export function duplicateSelection(store: DesignerStore): string | null {
  const { document, selectedNodeIds } = store.getState();
  const payload = copyTables(document, selectedNodeIds);
  return payload ? pastePayload(store, payload) : null;
}

function pastePayload(store: DesignerStore, payload: ClipboardPayload): string | null {
  const command = pasteCommand(store.getState().document, payload, { x: PASTE_OFFSET, y: PASTE_OFFSET });
  const result = store.getState().execute(command);
  if (!result.ok) return result.error.message;
  store.getState().setSelection({ nodeIds: command.tables.map((t) => t.id) });
  return null;
}
