/**
 * Client regions to their official names: a province or city stored in a short form (浙江, 杭州, 内蒙古,
 * 恩施州) becomes the official name (浙江省, 杭州市, 内蒙古自治区, 恩施土家族苗族自治州), the way the form,
 * the channels and the import store them from now on. A city is read only within its province. Anything
 * else — a name on no list, a district written as the city — stays exactly as it was. Each changed file
 * gets a new version and updated_at (so a sync sees the change) and an audit row with the old value.
 *
 * The short forms come from the GB/T 2260 lists in src/shared/clients/regions.ts; a later revision of the
 * lists only changes what this reads in databases that have not yet run it.
 */
import {
  PROVINCES,
  citiesOf,
  officialCity,
  officialProvince,
  regionShortForms,
} from '../../../shared/clients/regions';

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Every short form of the listed names that reads as exactly one of them, with that name. */
function shortForms(): { provinces: [string, string][]; cities: [string, string, string][] } {
  const provinces: [string, string][] = [];
  const cities: [string, string, string][] = [];
  for (const p of PROVINCES) {
    for (const form of regionShortForms(p.name))
      if (officialProvince(form) === p.name) provinces.push([form, p.name]);
    for (const c of citiesOf(p.name))
      for (const form of regionShortForms(c.name))
        if (officialCity(p.name, form) === c.name) cities.push([p.name, form, c.name]);
  }
  return { provinces, cities };
}

function buildSql(): string {
  const { provinces, cities } = shortForms();
  const provinceRows = provinces.map(([form, name]) => `(${quote(form)}, ${quote(name)})`).join(',\n  ');
  const cityRows = cities.map((r) => `(${r.map(quote).join(', ')})`).join(',\n  ');
  return /* sql */ `
CREATE TEMP TABLE region_province_forms (form TEXT PRIMARY KEY, official TEXT NOT NULL);
INSERT INTO region_province_forms (form, official) VALUES
  ${provinceRows};
CREATE TEMP TABLE region_city_forms (
  province TEXT NOT NULL, form TEXT NOT NULL, official TEXT NOT NULL, PRIMARY KEY (province, form)
);
INSERT INTO region_city_forms (province, form, official) VALUES
  ${cityRows};

CREATE TEMP TABLE region_fixes AS
  SELECT id, old_province, old_city, new_province,
         coalesce((SELECT official FROM region_city_forms f WHERE f.province = new_province AND f.form = old_city),
                  old_city) AS new_city
  FROM (
    SELECT c.id, c.province AS old_province, c.city AS old_city,
           coalesce((SELECT official FROM region_province_forms f WHERE f.form = c.province), c.province)
             AS new_province
    FROM clients c
    WHERE c.province IS NOT NULL
  );
DELETE FROM region_fixes WHERE new_province IS old_province AND new_city IS old_city;

UPDATE clients SET
  province = f.new_province,
  city = f.new_city,
  version = clients.version + 1,
  updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM region_fixes f WHERE f.id = clients.id;

INSERT INTO audit_log (at, actor_user_id, actor_name, entity, entity_id, action, changes)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, NULL, 'client', id, 'update',
    (SELECT json_group_array(json(change)) FROM (
       SELECT json_object('field', 'province', 'before', old_province, 'after', new_province) AS change
         WHERE new_province IS NOT old_province
       UNION ALL
       SELECT json_object('field', 'city', 'before', old_city, 'after', new_city)
         WHERE new_city IS NOT old_city))
  FROM region_fixes;

DROP TABLE region_fixes;
DROP TABLE region_city_forms;
DROP TABLE region_province_forms;
`;
}

export const sql = buildSql();
