import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model/parse';
import { TEMPLATES } from './index';

describe('template gallery', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s builds a valid document', (_id, template) => {
    const result = parseDocument(template.build());
    if (!result.ok) throw new Error(JSON.stringify(result.error, null, 2));
    expect(result.value.name.length).toBeGreaterThan(0);
  });

  it('gives every template a unique id', () => {
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
  });

  it('keeps the events partition key inside the primary key', () => {
    const events = TEMPLATES.find((t) => t.id === 'events')!.build().tables[0]!;
    const keyColumns = events.partitioning!.key.map((k) => k.columnId);
    expect(events.primaryKey!.columnIds).toEqual(expect.arrayContaining(keyColumns));
    expect(events.partitioning!.partitions).toHaveLength(13);
  });
});
