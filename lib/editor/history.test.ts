import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../templates/ecommerce';
import { applyCommand } from './apply';
import type { EditorCommand } from './command';
import { HistoryManager } from './history';

const doc = ecommerceTemplate();
const users = doc.tables.find((t) => t.name === 'users')!.id;

function exec(history: HistoryManager, current: typeof doc, command: EditorCommand, squashKey?: string) {
  const result = applyCommand(current, command);
  if (!result.ok) throw new Error(result.error.message);
  history.record(result.value.inverse, squashKey ?? null);
  return result.value.doc;
}

describe('HistoryManager', () => {
  it('squashes consecutive moves of one gesture into one step', () => {
    const history = new HistoryManager();
    let current = doc;
    for (let x = 1; x <= 30; x++) current = exec(history, current, { kind: 'moveNodes', positions: { [users]: { x, y: x } } }, 'nudge');
    expect(history.size.undo).toBe(1);
    const undone = history.undo(current)!;
    expect(undone).toEqual(doc);
    expect(history.redo(undone)!.layout.nodes[users]).toMatchObject({ x: 30, y: 30 });
  });

  it('does not squash across gestures or schema edits', () => {
    const history = new HistoryManager();
    let current = exec(history, doc, { kind: 'moveNodes', positions: { [users]: { x: 1, y: 1 } } }, 'a');
    current = exec(history, current, { kind: 'updateTable', tableId: users, changes: { comment: 'x' } }, 'a');
    exec(history, current, { kind: 'moveNodes', positions: { [users]: { x: 2, y: 2 } } }, 'b');
    expect(history.size.undo).toBe(3);
  });

  it('a new step clears redo; the oldest steps fall off past the cap', () => {
    const history = new HistoryManager(5);
    let current = doc;
    for (let i = 0; i < 8; i++) current = exec(history, current, { kind: 'updateTable', tableId: users, changes: { comment: `c${i}` } });
    expect(history.size.undo).toBe(5);
    current = history.undo(current)!;
    expect(history.canRedo).toBe(true);
    exec(history, current, { kind: 'updateTable', tableId: users, changes: { comment: 'new' } });
    expect(history.canRedo).toBe(false);
  });
});
