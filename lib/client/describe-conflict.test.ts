import { describe, expect, it } from 'vitest';
import { describeConflict, describePath } from './describe-conflict';

describe('describeConflict', () => {
  it('names the table and the field', () => {
    expect(describeConflict({ path: 'tables[users].name', description: '', mine: 'members', theirs: 'accounts' }))
      .toEqual({ where: 'Table “users” › name', mine: '“members”', theirs: '“accounts”' });
  });

  it('walks nested collections and leaves unknown segments as they are', () => {
    expect(describePath('tables[orders].columns[total].type.modifiers')).toBe('Table “orders” › column “total” › type › modifiers');
    expect(describePath('layout.nodes.tbl_1.x')).toBe('layout › nodes › tbl_1 › x');
    expect(describePath('name')).toBe('name');
  });

  it('says when a side deleted the object and shortens long values', () => {
    const line = describeConflict({ path: 'tables[tags]', description: '', mine: undefined, theirs: { id: 't', name: 'x'.repeat(200) } });
    expect(line.mine).toBe('deleted');
    expect(line.theirs.length).toBe(78);
    expect(line.theirs.endsWith('…')).toBe(true);
  });
});
