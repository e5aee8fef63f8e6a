/**
 * The rule for a client file's region, one for every way a file is written (form, channel, Excel import):
 * the province is one of China's provincial-level divisions, the city one of that province's cities. Short
 * forms are read as the official name (浙江 → 浙江省, 杭州 → 杭州市).
 */
import type { FieldError } from '../contract/errors';
import { officialCity, officialProvince } from './regions';

export type RegionField = 'province' | 'city';

export interface RegionValues {
  province: string | null;
  city: string | null;
}

export interface RegionCheck extends RegionValues {
  /** What is wrong, by field; empty when the region may be stored. */
  errors: Partial<Record<RegionField, FieldError>>;
  /** Values read as another (official) name, so the caller can say so. */
  normalised: { field: RegionField; from: string; to: string }[];
}

/**
 * The region as it is stored, with the official names, or the field errors that refuse it. A city needs
 * its province. A file's stored region that is not on the lists (written before them) stays valid while
 * it is left as it is: pass it as `stored`, and only a changed province or city is checked.
 */
export function checkRegion(input: RegionValues, stored?: RegionValues | null): RegionCheck {
  const result: RegionCheck = { province: input.province, city: input.city, errors: {}, normalised: [] };
  if (stored && stored.province === input.province && stored.city === input.city) return result;

  if (input.province !== null) {
    const province = officialProvince(input.province);
    if (province === null)
      result.errors.province = { key: 'validation.regionProvince', params: { value: input.province } };
    else if (province !== input.province) {
      result.province = province;
      result.normalised.push({ field: 'province', from: input.province, to: province });
    }
  }
  if (input.city !== null) {
    if (input.province === null) result.errors.city = { key: 'validation.regionProvinceFirst' };
    else if (!result.errors.province) {
      const city = officialCity(result.province!, input.city);
      if (city === null) result.errors.city = { key: 'validation.regionCity', params: { value: input.city } };
      else if (city !== input.city) {
        result.city = city;
        result.normalised.push({ field: 'city', from: input.city, to: city });
      }
    }
  }
  return result;
}
