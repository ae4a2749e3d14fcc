import type { FeatureNeeds, FeatureScope, NeedTag } from '../../domain/introduction/feature-needs.js';

/**
 * The needs the demo catalog's selling features answer. Keyed by the features' exact words (see `demo-catalog.ts`),
 * so the catalog itself keeps `features` as plain strings. Model-wide lines state what every trim shares (the seat
 * count of a five-seater, the X9's electric range).
 */

interface Facts {
  readonly seats?: number;
  readonly electricRangeKm?: number;
}

function mapped(
  model: string,
  scope: FeatureScope,
  code: string,
  feature: string,
  featureZh: string,
  answers: readonly NeedTag[],
  facts: Facts = {},
): FeatureNeeds {
  return {
    model,
    scope,
    code,
    feature,
    featureZh,
    answers,
    seats: facts.seats ?? null,
    electricRangeKm: facts.electricRangeKm ?? null,
  };
}

const HOME_CHARGER = 'Home charger included';
const HOME_CHARGER_ZH = '赠送家用充电桩';
const HEAT_PUMP = 'Heat pump';
const HEAT_PUMP_ZH = '热泵空调';
const HIGHWAY_ASSIST = 'L2+ highway assist';
const HIGHWAY_ASSIST_ZH = 'L2+高速辅助驾驶';
const ADAPTIVE_CRUISE = 'L2 adaptive cruise';
const ADAPTIVE_CRUISE_ZH = 'L2自适应巡航';
const AIR_SUSPENSION = 'Air suspension';
const AIR_SUSPENSION_ZH = '空气悬架';
const COMBINED_RANGE = '1,200 km combined CLTC range';
const COMBINED_RANGE_ZH = 'CLTC综合续航1200公里';
const PILOT = 'Aurora Pilot driver-assist package with lidar';
const PILOT_ZH = 'Aurora Pilot激光雷达辅助驾驶套装';

const E7: readonly FeatureNeeds[] = [
  mapped('E7', 'model', '', '5 seats', '5座', ['commute'], { seats: 5 }),
  mapped('E7', 'trim', 'STD', '520 km CLTC range', 'CLTC续航520公里', ['commute', 'running_cost'], {
    electricRangeKm: 520,
  }),
  mapped('E7', 'trim', 'STD', HEAT_PUMP, HEAT_PUMP_ZH, ['running_cost']),
  mapped('E7', 'trim', 'STD', '15.6-inch centre screen', '15.6英寸中控屏', ['technology']),
  mapped('E7', 'trim', 'STD', HOME_CHARGER, HOME_CHARGER_ZH, ['home_charging', 'running_cost']),
  mapped('E7', 'trim', 'LR', '650 km CLTC range', 'CLTC续航650公里', ['commute', 'long_distance', 'running_cost'], {
    electricRangeKm: 650,
  }),
  mapped('E7', 'trim', 'LR', HEAT_PUMP, HEAT_PUMP_ZH, ['running_cost']),
  mapped('E7', 'trim', 'LR', HIGHWAY_ASSIST, HIGHWAY_ASSIST_ZH, ['safety', 'technology', 'long_distance', 'commute']),
  mapped('E7', 'trim', 'LR', '800 V fast charging: 10–80% in 18 min', '800V快充：10%-80%仅需18分钟', [
    'long_distance',
    'technology',
  ]),
  mapped('E7', 'trim', 'LR', HOME_CHARGER, HOME_CHARGER_ZH, ['home_charging', 'running_cost']),
  mapped('E7', 'trim', 'PERF', 'Dual-motor AWD, 0–100 km/h in 3.9 s', '双电机四驱，百公里加速3.9秒', [
    'performance',
    'safety',
  ]),
  mapped('E7', 'trim', 'PERF', '600 km CLTC range', 'CLTC续航600公里', ['commute', 'long_distance'], {
    electricRangeKm: 600,
  }),
  mapped('E7', 'trim', 'PERF', AIR_SUSPENSION, AIR_SUSPENSION_ZH, ['performance', 'long_distance']),
  mapped('E7', 'trim', 'PERF', HIGHWAY_ASSIST, HIGHWAY_ASSIST_ZH, ['safety', 'technology', 'long_distance', 'commute']),
  mapped('E7', 'trim', 'PERF', HOME_CHARGER, HOME_CHARGER_ZH, ['home_charging', 'running_cost']),
  mapped('E7', 'option', 'ADAS-PILOT', PILOT, PILOT_ZH, ['safety', 'technology', 'long_distance']),
  mapped(
    'E7',
    'option',
    'PKG-WINTER',
    'Winter package: heated steering wheel and rear seats',
    '冬季套装：方向盘及后排座椅加热',
    ['family_trips'],
  ),
];

const X9: readonly FeatureNeeds[] = [
  mapped('X9', 'model', '', '180 km electric CLTC range', 'CLTC纯电续航180公里', ['commute', 'running_cost'], {
    electricRangeKm: 180,
  }),
  mapped('X9', 'trim', 'PRO', '6 seats', '6座', ['space', 'family_trips'], { seats: 6 }),
  mapped('X9', 'trim', 'PRO', COMBINED_RANGE, COMBINED_RANGE_ZH, ['long_distance']),
  mapped('X9', 'trim', 'PRO', ADAPTIVE_CRUISE, ADAPTIVE_CRUISE_ZH, ['safety', 'commute']),
  mapped(
    'X9',
    'trim',
    'MAX',
    '6 seats with second-row captain chairs',
    '6座，第二排独立航空座椅',
    ['space', 'family_trips'],
    {
      seats: 6,
    },
  ),
  mapped('X9', 'trim', 'MAX', COMBINED_RANGE, COMBINED_RANGE_ZH, ['long_distance']),
  mapped('X9', 'trim', 'MAX', HIGHWAY_ASSIST, HIGHWAY_ASSIST_ZH, ['safety', 'technology', 'long_distance']),
  mapped('X9', 'trim', 'MAX', AIR_SUSPENSION, AIR_SUSPENSION_ZH, ['family_trips', 'long_distance']),
  mapped('X9', 'trim', 'MAX', 'Rear-seat entertainment screen', '后排娱乐屏', ['family_trips', 'technology']),
  mapped('X9', 'trim', 'ULTRA', 'Executive second row with massage', '行政级第二排，带按摩', ['space'], { seats: 6 }),
  mapped('X9', 'trim', 'ULTRA', 'Lidar driver assist included', '标配激光雷达辅助驾驶', ['safety', 'technology']),
  mapped('X9', 'trim', 'ULTRA', AIR_SUSPENSION, AIR_SUSPENSION_ZH, ['family_trips', 'long_distance']),
  mapped('X9', 'trim', 'ULTRA', '1,100 km combined CLTC range', 'CLTC综合续航1100公里', ['long_distance']),
  mapped('X9', 'option', 'SEAT-7', '7-seat layout (2+3+2)', '7座布局（2+3+2）', ['space', 'family_trips'], {
    seats: 7,
  }),
  mapped('X9', 'option', 'PKG-TOW', 'Tow package (2,000 kg)', '拖挂套装（2000公斤）', ['towing']),
  mapped(
    'X9',
    'option',
    'PKG-COMFORT',
    'Comfort package: heated and ventilated rear seats, sunshades',
    '舒适套装：后排座椅加热通风、遮阳帘',
    ['family_trips'],
  ),
  mapped('X9', 'option', 'ADAS-PILOT', PILOT, PILOT_ZH, ['safety', 'technology', 'long_distance']),
];

const C3: readonly FeatureNeeds[] = [
  mapped('C3', 'model', '', '5 seats', '5座', ['commute'], { seats: 5 }),
  mapped('C3', 'trim', 'COMFORT', '6.2 L/100 km (WLTC)', 'WLTC油耗6.2升/百公里', ['running_cost', 'commute']),
  mapped('C3', 'trim', 'COMFORT', '12.3-inch centre screen', '12.3英寸中控屏', ['technology']),
  mapped('C3', 'trim', 'COMFORT', 'CarPlay and CarLife', '支持CarPlay和CarLife', ['technology', 'commute']),
  mapped('C3', 'trim', 'SPORT', '1.5T turbo with 7-speed DCT', '1.5T涡轮增压＋7速双离合', ['performance']),
  mapped('C3', 'trim', 'SPORT', 'Sport-tuned suspension', '运动调校悬架', ['performance']),
  mapped('C3', 'trim', 'SPORT', ADAPTIVE_CRUISE, ADAPTIVE_CRUISE_ZH, ['safety', 'commute']),
  mapped('C3', 'trim', 'SPORT', 'Wireless phone charging', '手机无线充电', ['technology']),
  mapped('C3', 'option', 'PKG-CITY', 'City package: rear camera and parking sensors', '城市套装：倒车影像和雷达', [
    'safety',
    'commute',
  ]),
  mapped('C3', 'option', 'PKG-TOW', 'Tow package (1,200 kg)', '拖挂套装（1200公斤）', ['towing']),
];

export const DEMO_FEATURE_NEEDS: readonly FeatureNeeds[] = [...E7, ...X9, ...C3];
