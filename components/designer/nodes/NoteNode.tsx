'use client';

import type { Node, NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import type { NoteFlowNode } from '@/lib/canvas/to-flow';
import { useDesignerStore, useReadOnly } from '@/lib/client/designer/context';

export type NoteNodeType = Node<NoteFlowNode['data'], 'note'>;

/** A sticky note; double-click to edit, the text is saved when focus leaves. */
export const NoteNode = memo(function NoteNode({ data, selected }: NodeProps<NoteNodeType>) {
  const store = useDesignerStore();
  const [editing, setEditing] = useState(false);
  const readOnly = useReadOnly();
  return (
    <div
      role="note"
      aria-label="Note"
      style={{ background: data.color }}
      className={`w-56 rounded-md p-3 text-xs text-zinc-800 shadow ${selected ? 'ring-2 ring-indigo-500/50' : ''}`}
      onDoubleClick={readOnly ? undefined : () => setEditing(true)}
    >
      {editing ? (
        <textarea
          autoFocus
          aria-label="Note text"
          defaultValue={data.text}
          rows={5}
          className="nodrag block w-full resize-none bg-transparent outline-none"
          onBlur={(event) => {
            store.getState().execute({ kind: 'updateNote', noteId: data.noteId, changes: { text: event.currentTarget.value } });
            setEditing(false);
          }}
        />
      ) : (
        <p className="whitespace-pre-wrap">{data.text || (readOnly ? '' : 'Double-click to write a note')}</p>
      )}
    </div>
  );
});
