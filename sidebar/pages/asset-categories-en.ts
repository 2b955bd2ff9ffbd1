/**
 * English names of the 別表第一・第三 categories (src/core/assets/rates, useful_life_office.csv has
 * Japanese only), by key, for the pages in English. A category not listed shows its Japanese name.
 */
import type { PageLang } from '../messages';

const EN: Record<string, string> = {
  pc: 'PC (desktop, notebook)', server: 'Server', tablet: 'Tablet', copier: 'Copier (incl. multifunction)', fax: 'Fax',
  office_machine_other: 'Other office machines (shredders etc.)', intercom: 'Intercom, PA system', phone_digital: 'Business phone system (digital)',
  phone_other: 'Other telephone and communication equipment', desk_chair_cabinet_metal: 'Desks, chairs, cabinets (mainly metal)',
  desk_chair_cabinet_other: 'Desks, chairs, cabinets (wood etc.)', reception_set_hospitality: 'Reception set (hospitality)', reception_set_other: 'Reception set (other)',
  furniture_other_metal: 'Other furniture (mainly metal)', furniture_other: 'Other furniture', aircon_appliance: 'Air conditioner, heater (appliance)',
  fridge_washer: 'Refrigerator, washing machine and similar', tv_audio: 'TV, audio equipment', curtain: 'Curtains and other textiles', carpet_other: 'Carpets and floor rugs',
  car_regular: 'Car (ordinary)', car_kei: 'Kei car (660 cc or less)', truck_other: 'Truck (not dump)', truck_dump: 'Dump truck', motorcycle: 'Motorcycle, tricycle', bicycle: 'Bicycle',
  bldg_electrical: 'Electrical installation (incl. lighting)', bldg_plumbing_gas: 'Plumbing, sanitary, gas installation', bldg_hvac_small: 'Heating and cooling (up to 22 kW)',
  bldg_hvac_other: 'Heating, cooling, ventilation, boilers (other)', bldg_fire: 'Fire fighting, smoke exhaust, alarm, evacuation', bldg_partition_simple: 'Movable partitions (simple)',
  bldg_partition_other: 'Movable partitions (other)', bldg_shop_fitting: 'Simple shop fittings', bldg_other_metal: 'Other building fixtures (mainly metal)', bldg_other: 'Other building fixtures',
  interior_leased_building: 'Interior works in a leased building', building_rc_office: 'Building: reinforced concrete (office)', building_wood_office: 'Building: wood, synthetic resin (office)',
  software_other: 'Software (own use, other)', software_master_for_sale: 'Software (master for sale)', trademark: 'Trademark', patent: 'Patent', goodwill: 'Goodwill',
};

export function categoryName(lang: PageLang, key: string, ja: string): string {
  return lang === 'en' ? EN[key] ?? ja : ja;
}
