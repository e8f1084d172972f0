import type { ColumnType } from './column-type';
import { catalogType } from './type-catalog';

/** Checks a base type against the catalog: known name, modifier count and ranges. */
export function columnTypeProblem(type: ColumnType): string | null {
  if (type.kind !== 'base') return null;
  const entry = catalogType(type.name);
  if (!entry) {
    return `unknown type "${type.name}"; use a catalog type (e.g. text, bigint, varchar, vector) or kind "custom"`;
  }
  const { modifiers } = type;
  if (modifiers.length < entry.requiredModifiers) {
    const names = entry.modifiers.slice(0, entry.requiredModifiers).map((m) => m.label).join(', ');
    return `${entry.key} needs ${names}, e.g. ${entry.key}(${entry.category === 'vector' ? 1536 : 10})`;
  }
  if (modifiers.length > entry.modifiers.length) {
    return entry.modifiers.length === 0
      ? `${entry.key} takes no modifiers`
      : `${entry.key} takes at most ${entry.modifiers.length} modifier(s)`;
  }
  for (const [i, value] of modifiers.entries()) {
    const spec = entry.modifiers[i]!;
    if (value < spec.min || value > spec.max) {
      return `${entry.key} ${spec.label} must be between ${spec.min} and ${spec.max} (got ${value})`;
    }
  }
  if (entry.key === 'numeric' && modifiers.length === 2 && Math.abs(modifiers[1]!) > 1000) {
    return 'numeric scale must be between -1000 and 1000';
  }
  return null;
}
