import { isSubset, minus } from '../attr-set';
import type { TableContext } from '../context';
import { tableNameFor } from '../context';
import { columnSet, finding, listNames, type Finding } from '../findings';
import { freeTableName } from '../remove-columns';

const POSTAL = /^(.*?)(zip|zipcode|zip_code|postal_code|postalcode|postcode|post_code)$/i;
const PLACE = ['city', 'town', 'state', 'state_code', 'province', 'region', 'county', 'district'];
const COUNTRY = ['country', 'country_code'];

/**
 * Postal codes fix the place: `zip → city, state`. Columns are matched by name,
 * with a shared prefix (`billing_zip`, `billing_city`). Postal codes repeat
 * across countries, so when the same family has a country column the suggested
 * determinant is (country, zip). A suggestion only: some codes span two towns.
 */
export function zipDependencies(ctx: TableContext): Finding[] {
  const { table, relation } = ctx;
  const byName = new Map(table.columns.map((c) => [c.name.toLowerCase(), c]));
  const out: Finding[] = [];
  for (const zip of table.columns) {
    const match = POSTAL.exec(zip.name);
    if (!match) continue;
    const prefix = match[1]!.toLowerCase();
    const country = COUNTRY.map((n) => byName.get(prefix + n)).find(Boolean);
    const determinant = [...(country ? [country] : []), zip];
    const detSet = relation.set(determinant.map((c) => c.id));
    const reach = ctx.close(detSet);
    if (isSubset(relation.all, reach)) continue; // the postal code is a key here: nothing repeats
    const places = PLACE.map((n) => byName.get(prefix + n))
      .filter((c) => c !== undefined && !c.snapshotOf && !isSubset(relation.set([c.id]), reach));
    if (places.length === 0) continue;
    const dependentSet = minus(relation.set(places.map((c) => c!.id)), detSet);
    const dependent = relation.ids(dependentSet);
    const detIds = determinant.map((c) => c.id);
    const detNames = determinant.map((c) => c.name);
    const depNames = relation.columns(dependentSet).map((c) => c.name);
    out.push(finding({
      code: 'SUGGESTED_ZIP_DEPENDENCY', severity: 'warning', tableId: table.id,
      columnIds: [...detIds, ...dependent],
      dependency: { determinant: detIds, dependent },
      normalForm: '3NF',
      confidence: 0.6,
      reason: `${zip.name} is a postal code and ${listNames(depNames)} ${depNames.length === 1 ? 'names' : 'name'} the place it belongs to${country ? `; postal codes repeat across countries, so ${country.name} is part of the determinant` : ''}`,
      message: `In "${table.name}", ${listNames(depNames)} probably ${depNames.length === 1 ? 'depends' : 'depend'} on ${columnSet(detNames)} (suggested ${detNames.join(', ')} → ${depNames.join(', ')}), which is not a key: every row with the same postal code repeats the place and a typo makes two versions of it. Declare the dependency to confirm it, or keep the columns and accept the finding if your postal codes cross place boundaries.`,
      fix: { kind: 'decompose', tableId: table.id, determinant: detIds, dependent, newTableName: freeTableName(ctx.doc, table.schemaId, tableNameFor(detNames)) },
    }));
  }
  return out;
}
