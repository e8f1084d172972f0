/**
 * Names for the Prisma side: models in PascalCase, fields in camelCase, each
 * with `@@map`/`@map` to the exact database name, so nothing depends on the
 * conversion being reversible. Names Prisma would reject are made valid and
 * kept unique within their scope.
 */
const RESERVED = new Set(['String', 'Int', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime', 'Json', 'Bytes', 'Unsupported', 'model', 'enum', 'type', 'view', 'datasource', 'generator']);

function words(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/).filter(Boolean);
}

export function pascalCase(name: string): string {
  const result = words(name).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return validStart(result, 'M');
}

export function camelCase(name: string): string {
  const [first = '', ...rest] = words(name);
  const result = first.toLowerCase() === first.toUpperCase() ? first : first[0]!.toLowerCase() + first.slice(1);
  return validStart(result + rest.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(''), 'f');
}

/** A valid enum value identifier for a label, or null when it needs an `@map`. */
export function enumValueName(label: string): string {
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(label) ? label : validStart(label.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, ''), 'v');
}

function validStart(name: string, prefix: string): string {
  if (name === '') return prefix;
  const safe = /^[A-Za-z]/.test(name) ? name : `${prefix}${name}`;
  return RESERVED.has(safe) ? `${safe}_` : safe;
}

/** Hands out names unique within one scope (a schema file's models, one model's fields). */
export class NameScope {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.used.add(name.toLowerCase());
  }

  take(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
    this.used.add(name.toLowerCase());
    return name;
  }
}

export function prismaString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

export function pluralize(name: string): string {
  if (/(s|x|z|ch|sh)$/.test(name)) return `${name}es`;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  return `${name}s`;
}
