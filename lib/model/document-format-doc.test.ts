import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AcceptedException } from './exceptions';
import { documentProblems, parseDocument } from './parse';
import { Sequence } from './sequence';
import { Index, Partitioning } from './table-parts';

/** The examples in docs/document-format.md are checked, so the guide cannot drift from the model. */
const guide = readFileSync(new URL('../../docs/document-format.md', import.meta.url), 'utf8');
const jsonBlocks = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('docs/document-format.md', () => {
  it('opens with a complete example document that parses without problems', () => {
    const result = parseDocument(JSON.parse(jsonBlocks[0]!));
    if (!result.ok) throw new Error(JSON.stringify(documentProblems(result.error), null, 2));
    expect(result.value.tables.map((t) => t.name)).toEqual(['users', 'orders']);
  });

  it('shows a sequence, an index, a partitioning and an exception that the model accepts', () => {
    // Fragments such as `"partitioning": { … }` are read as members of an object.
    const fragments = jsonBlocks.slice(1).map((block) => JSON.parse(block.trim().startsWith('"') ? `{${block}}` : block) as Record<string, unknown>);
    expect(fragments).toHaveLength(4);
    expect(Sequence.safeParse(fragments[0]).error).toBeUndefined();
    expect(Index.safeParse(fragments[1]).error).toBeUndefined();
    expect(Partitioning.safeParse(fragments[2]!.partitioning).error).toBeUndefined();
    expect(AcceptedException.safeParse(fragments[3]).error).toBeUndefined();
  });
});
