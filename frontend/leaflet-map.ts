/*
 * <leaflet-map>: the client half of Frontline Map's Leaflet component for Vaadin Flow.
 *
 * The server drives it through a handful of methods (layers in and out as GeoJSON, points, view changes, swipe);
 * it reports back with DOM events (feature clicks, map moves, layer toggles) that the Java side listens to.
 * Everything that comes from data is inserted as text, never as HTML.
 */
import L from 'leaflet';
import 'leaflet.markercluster';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

// Vite inlines the CSS image URLs, which breaks Leaflet's icon path guessing; give it the bundled images.
delete (L.Icon.Default.prototype as unknown as { _getIconUrl?: unknown })._getIconUrl;
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

interface LayerOptions {
  /** Shown in the layer control as an overlay the user can toggle. */
  overlay?: boolean;
  visible?: boolean;
  /** Feature property whose value is the tooltip text. */
  tooltipProperty?: string;
  /** Feature property holding the id reported on click. */
  idProperty?: string;
  /** Feature property whose value is drawn as a permanent label at the feature's centre. */
  labelProperty?: string;
  interactive?: boolean;
  /** 'left' or 'right' puts the layer on that side of the swipe control. */
  side?: string;
  zIndex?: number;
  /** Default style; a feature's own `style` property overrides it. */
  style?: FeatureStyle;
  /** Name shown in the layer control; the layer's name stays its key. */
  title?: string;
}

interface FeatureStyle {
  color?: string;
  fillColor?: string;
  weight?: number;
  opacity?: number;
  fillOpacity?: number;
  dashArray?: string;
  /** Hatched fill, for partial or contested control. */
  hatch?: boolean;
}

interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  label?: string;
  radius?: number;
  count?: number;
  color?: string;
}

interface LayerEntry {
  layer: L.Layer;
  overlay: boolean;
}

/** Layer control entries carry the key so toggles can be reported by key, whatever the title's language. */
const KEY = '__layerKey';

const SVG_NS = 'http://www.w3.org/2000/svg';

export class LeafletMap extends HTMLElement {
  private map?: L.Map;
  private container?: HTMLDivElement;
  private layers = new Map<string, LayerEntry>();
  private baseLayers = new Map<string, L.Layer>();
  private control?: L.Control.Layers;
  private hatchIds = new Set<string>();
  private swipe?: { divider: HTMLDivElement; range: HTMLInputElement; position: number };
  private silentToggles = false;
  private pendingBounds?: L.LatLngBounds;
  /** A view asked for before the element had a size; applied once it has one. */
  private pendingView?: { lat: number; lon: number; zoom: number };

  connectedCallback() {
    if (this.map) {
      return;
    }
    this.style.display = this.style.display || 'block';
    this.container = document.createElement('div');
    this.container.className = 'leaflet-map-container';
    this.container.style.width = '100%';
    this.container.style.height = '100%';
    this.appendChild(this.container);
    this.map = L.map(this.container, {
      center: [35.0, 38.5],
      zoom: 7,
      minZoom: 4,
      maxZoom: 16,
      zoomSnap: 0.25,
      preferCanvas: false,
      attributionControl: true,
    });
    this.map.attributionControl.setPrefix(false);
    for (const [name, z] of [['swipe-left', 420], ['swipe-right', 421], ['labels', 650]] as const) {
      const pane = this.map.createPane(name);
      pane.style.zIndex = String(z);
      if (name === 'labels') {
        pane.style.pointerEvents = 'none';
      }
    }
    this.control = L.control.layers(undefined, undefined, { collapsed: false, position: 'topright' }).addTo(this.map);
    this.map.on('moveend', () => this.reportMove());
    this.map.on('overlayadd', (e: L.LayersControlEvent) => this.reportToggle(e.layer, true));
    this.map.on('overlayremove', (e: L.LayersControlEvent) => this.reportToggle(e.layer, false));
    this.map.on('baselayerchange', (e: L.LayersControlEvent) =>
      this.dispatchEvent(new CustomEvent('base-layer-change', { detail: { name: e.name } })));
    this.map.on('move', () => this.updateSwipeClip());
    new ResizeObserver(() => {
      if (!this.map) {
        return;
      }
      this.map.invalidateSize();
      const size = this.map.getSize();
      if (size.x > 0 && size.y > 0) {
        if (this.pendingView) {
          this.map.setView([this.pendingView.lat, this.pendingView.lon], this.pendingView.zoom, { animate: false });
          this.pendingView = undefined;
        } else if (this.pendingBounds) {
          this.map.fitBounds(this.pendingBounds, { animate: false });
          this.pendingBounds = undefined;
        }
      }
    }).observe(this);
    this.dataset.ready = 'true';
    this.dispatchEvent(new CustomEvent('map-ready'));
  }

  /* ---------------- view ---------------- */

  setView(lat: number, lon: number, zoom: number) {
    this.pendingBounds = undefined;
    const size = this.map!.getSize();
    if (size.x === 0 || size.y === 0) {
      this.pendingView = { lat, lon, zoom };
      return;
    }
    this.pendingView = undefined;
    this.map!.setView([lat, lon], zoom, { animate: false });
  }

  flyTo(lat: number, lon: number, zoom: number) {
    const size = this.map!.getSize();
    if (size.x === 0 || size.y === 0) {
      this.setView(lat, lon, zoom);
      return;
    }
    this.map!.flyTo([lat, lon], zoom, { duration: 0.6 });
  }

  fitBounds(south: number, west: number, north: number, east: number) {
    const bounds = L.latLngBounds([[south, west], [north, east]]);
    this.pendingView = undefined;
    const size = this.map!.getSize();
    if (size.x === 0 || size.y === 0) {
      // not laid out yet: fitting now would pick the minimum zoom; fit once the element has a size
      this.pendingBounds = bounds;
      return;
    }
    this.map!.fitBounds(bounds, { animate: false });
  }

  /** Container pixel of a geographic point (for tests and overlays that need it). */
  pointFor(lat: number, lon: number): { x: number; y: number } {
    const p = this.map!.latLngToContainerPoint([lat, lon]);
    return { x: p.x, y: p.y };
  }

  /* ---------------- base layers ---------------- */

  /** An empty base layer: the offline map draws only our own GeoJSON overlays on a plain background. */
  addBlankBaseLayer(name: string, selected: boolean) {
    const layer = L.layerGroup();
    this.addBase(name, layer, selected);
  }

  addTileBaseLayer(name: string, urlTemplate: string, attribution: string, selected: boolean) {
    const layer = L.tileLayer(urlTemplate, { attribution, maxZoom: 18 });
    this.addBase(name, layer, selected);
  }

  private addBase(name: string, layer: L.Layer, selected: boolean) {
    const old = this.baseLayers.get(name);
    if (old) {
      this.control!.removeLayer(old);
      this.map!.removeLayer(old);
    }
    this.baseLayers.set(name, layer);
    this.control!.addBaseLayer(layer, this.textHtml(name));
    if (selected || this.baseLayers.size === 1) {
      for (const other of this.baseLayers.values()) {
        if (other !== layer) {
          this.map!.removeLayer(other);
        }
      }
      layer.addTo(this.map!);
    }
  }

  /* ---------------- GeoJSON layers ---------------- */

  /** Adds a named GeoJSON layer, replacing one of the same name. */
  setGeoJsonLayer(name: string, geojson: string, optionsJson: string) {
    const options: LayerOptions = optionsJson ? JSON.parse(optionsJson) : {};
    const data = JSON.parse(geojson);
    const wasVisible = this.layers.has(name) ? this.map!.hasLayer(this.layers.get(name)!.layer) : undefined;
    this.removeLayer(name);
    const pane = options.side === 'left' ? 'swipe-left' : options.side === 'right' ? 'swipe-right' : 'overlayPane';
    const idProp = options.idProperty || 'id';
    const layer = L.geoJSON(data, {
      pane,
      interactive: options.interactive !== false,
      style: (feature) => this.featureStyle(feature, options),
      pointToLayer: (feature, latlng) => L.circleMarker(latlng, {
        pane, radius: Number(feature.properties?.radius ?? 5),
        ...this.featureStyle(feature, options),
      }),
      onEachFeature: (feature, featureLayer) => {
        const props = feature.properties || {};
        if (options.tooltipProperty && props[options.tooltipProperty] != null) {
          featureLayer.bindTooltip(this.textNode(String(props[options.tooltipProperty])), { sticky: true });
        }
        if (options.interactive !== false) {
          featureLayer.on('click', (ev: L.LeafletMouseEvent) => {
            L.DomEvent.stopPropagation(ev);
            this.dispatchEvent(new CustomEvent('feature-click', {
              detail: { layer: name, id: props[idProp] == null ? '' : String(props[idProp]),
                lat: ev.latlng.lat, lon: ev.latlng.lng },
            }));
          });
        }
      },
    });
    let shown: L.Layer = layer;
    if (options.labelProperty) {
      const group = L.featureGroup([layer]);
      for (const f of (data.features || []) as GeoJSON.Feature[]) {
        const text = f.properties?.[options.labelProperty];
        if (text == null || !f.geometry) {
          continue;
        }
        const centre = this.labelPoint(f);
        if (!centre) {
          continue;
        }
        const marker = L.marker(centre, {
          pane: 'labels', interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'leaflet-map-label', html: this.textNode(String(text)), iconSize: undefined }),
        });
        group.addLayer(marker);
      }
      shown = group;
    }
    this.register(name, shown, options, wasVisible);
  }

  /** Adds a named layer of points, clustered with counts when asked. */
  setPointLayer(name: string, pointsJson: string, optionsJson: string, cluster: boolean) {
    const options: LayerOptions = optionsJson ? JSON.parse(optionsJson) : {};
    const points: MapPoint[] = JSON.parse(pointsJson);
    const wasVisible = this.layers.has(name) ? this.map!.hasLayer(this.layers.get(name)!.layer) : undefined;
    this.removeLayer(name);
    // SVG, like the other overlays: a canvas would sit on top of the SVG layers and swallow their clicks. The
    // clustering keeps the number of drawn markers small whatever the number of points.
    const group: L.FeatureGroup = cluster
      ? L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 45 })
      : L.featureGroup();
    const markers: L.Layer[] = [];
    for (const p of points) {
      const m = L.circleMarker([p.lat, p.lon], {
        radius: p.radius ?? 6,
        color: '#222',
        weight: 1,
        fillColor: p.color ?? options.style?.fillColor ?? '#ffcc00',
        fillOpacity: 0.9,
      });
      if (p.label) {
        m.bindTooltip(this.textNode(p.count ? `${p.label} (${p.count})` : p.label));
      }
      m.on('click', (ev: L.LeafletMouseEvent) => {
        L.DomEvent.stopPropagation(ev);
        this.dispatchEvent(new CustomEvent('feature-click', {
          detail: { layer: name, id: p.id, lat: p.lat, lon: p.lon },
        }));
      });
      markers.push(m);
    }
    if (cluster) {
      (group as L.MarkerClusterGroup).addLayers(markers);
    } else {
      markers.forEach((m) => group.addLayer(m));
    }
    this.register(name, group, options, wasVisible);
  }

  removeLayer(name: string) {
    const entry = this.layers.get(name);
    if (!entry) {
      return;
    }
    this.silentToggles = true;
    try {
      if (entry.overlay) {
        this.control!.removeLayer(entry.layer);
      }
      this.map!.removeLayer(entry.layer);
    } finally {
      this.silentToggles = false;
    }
    this.layers.delete(name);
  }

  setLayerVisible(name: string, visible: boolean) {
    const entry = this.layers.get(name);
    if (!entry) {
      return;
    }
    if (visible && !this.map!.hasLayer(entry.layer)) {
      entry.layer.addTo(this.map!);
    } else if (!visible && this.map!.hasLayer(entry.layer)) {
      this.map!.removeLayer(entry.layer);
    }
  }

  /** Names of the layers now on the map, for tests and permalinks. */
  visibleLayers(): string[] {
    return [...this.layers.entries()].filter(([, e]) => this.map!.hasLayer(e.layer)).map(([n]) => n);
  }

  private register(name: string, layer: L.Layer, options: LayerOptions, wasVisible?: boolean) {
    const overlay = options.overlay !== false;
    this.layers.set(name, { layer, overlay });
    (layer as unknown as Record<string, string>)[KEY] = name;
    const visible = wasVisible ?? options.visible !== false;
    this.silentToggles = true;
    try {
      if (overlay) {
        this.control!.addOverlay(layer, this.textHtml(options.title ?? name));
      }
      if (visible) {
        layer.addTo(this.map!);
      }
    } finally {
      this.silentToggles = false;
    }
    if (options.zIndex != null && (layer as L.GeoJSON).setZIndex) {
      (layer as unknown as { setZIndex(z: number): void }).setZIndex(options.zIndex);
    }
    this.updateSwipeClip();
  }

  private featureStyle(feature: GeoJSON.Feature | undefined, options: LayerOptions): L.PathOptions {
    const own = (feature?.properties?.style || {}) as FeatureStyle;
    const s: FeatureStyle = { ...(options.style || {}), ...own };
    const path: L.PathOptions = {
      color: s.color ?? '#333',
      weight: s.weight ?? 1,
      opacity: s.opacity ?? 1,
      fillColor: s.fillColor ?? s.color ?? '#888',
      fillOpacity: s.fillOpacity ?? 0.35,
      dashArray: s.dashArray,
    };
    if (s.hatch) {
      path.fillColor = `url(#${this.hatchPattern(path.fillColor!)})`;
      path.fillOpacity = Math.max(path.fillOpacity ?? 0.35, 0.6);
    }
    return path;
  }

  /** An SVG stripe pattern of the given colour, shared by every SVG renderer of this map. */
  private hatchPattern(colour: string): string {
    const id = 'hatch-' + colour.replace(/[^a-zA-Z0-9]/g, '');
    if (!this.hatchIds.has(id)) {
      this.hatchIds.add(id);
      let defsHost = this.querySelector('svg.leaflet-map-defs') as SVGSVGElement | null;
      if (!defsHost) {
        defsHost = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
        defsHost.setAttribute('class', 'leaflet-map-defs');
        defsHost.setAttribute('width', '0');
        defsHost.setAttribute('height', '0');
        defsHost.style.position = 'absolute';
        defsHost.appendChild(document.createElementNS(SVG_NS, 'defs'));
        this.appendChild(defsHost);
      }
      const pattern = document.createElementNS(SVG_NS, 'pattern');
      pattern.setAttribute('id', id);
      pattern.setAttribute('patternUnits', 'userSpaceOnUse');
      pattern.setAttribute('width', '8');
      pattern.setAttribute('height', '8');
      pattern.setAttribute('patternTransform', 'rotate(45)');
      const stripe = document.createElementNS(SVG_NS, 'rect');
      stripe.setAttribute('width', '4');
      stripe.setAttribute('height', '8');
      stripe.setAttribute('fill', colour);
      pattern.appendChild(stripe);
      defsHost.querySelector('defs')!.appendChild(pattern);
    }
    return id;
  }

  private labelPoint(f: GeoJSON.Feature): L.LatLng | undefined {
    const p = f.properties || {};
    if (typeof p.labelLat === 'number' && typeof p.labelLon === 'number') {
      return L.latLng(p.labelLat, p.labelLon);
    }
    try {
      return L.geoJSON(f).getBounds().getCenter();
    } catch {
      return undefined;
    }
  }

  /** The layer control takes HTML names: escape the title so it is shown as text. */
  private textHtml(text: string): string {
    const span = document.createElement('span');
    span.textContent = text;
    return span.innerHTML;
  }

  private textNode(text: string): HTMLElement {
    const span = document.createElement('span');
    span.textContent = text;
    return span;
  }

  /* ---------------- swipe (compare two dates) ---------------- */

  /** Shows a vertical divider; layers put on side 'left' show left of it, 'right' ones right of it. */
  enableSwipe(position: number) {
    if (!this.swipe) {
      const divider = document.createElement('div');
      divider.className = 'leaflet-map-swipe-divider';
      const range = document.createElement('input');
      range.type = 'range';
      range.min = '0';
      range.max = '1';
      range.step = 'any';
      range.className = 'leaflet-map-swipe-range';
      range.setAttribute('aria-label', 'Swipe between the two dates');
      this.container!.appendChild(divider);
      this.container!.appendChild(range);
      for (const ev of ['mousedown', 'touchstart', 'pointerdown', 'dblclick', 'wheel']) {
        range.addEventListener(ev, (e) => e.stopPropagation());
      }
      range.addEventListener('input', () => {
        this.swipe!.position = Number(range.value);
        this.updateSwipeClip();
      });
      this.swipe = { divider, range, position };
    }
    this.swipe.position = position;
    this.swipe.range.value = String(position);
    this.updateSwipeClip();
  }

  disableSwipe() {
    if (!this.swipe) {
      return;
    }
    this.swipe.divider.remove();
    this.swipe.range.remove();
    this.swipe = undefined;
    for (const pane of ['swipe-left', 'swipe-right']) {
      this.map!.getPane(pane)!.style.clip = '';
    }
  }

  private updateSwipeClip() {
    if (!this.swipe || !this.map) {
      return;
    }
    const size = this.map.getSize();
    const x = size.x * this.swipe.position;
    this.swipe.divider.style.left = `${x}px`;
    const nw = this.map.containerPointToLayerPoint([0, 0]);
    const se = this.map.containerPointToLayerPoint(size);
    const cut = nw.x + x;
    this.map.getPane('swipe-left')!.style.clip = `rect(${nw.y}px, ${cut}px, ${se.y}px, ${nw.x}px)`;
    this.map.getPane('swipe-right')!.style.clip = `rect(${nw.y}px, ${se.x}px, ${se.y}px, ${cut}px)`;
  }

  /* ---------------- events to the server ---------------- */

  private reportMove() {
    const c = this.map!.getCenter();
    const b = this.map!.getBounds();
    this.dispatchEvent(new CustomEvent('map-move', {
      detail: {
        lat: c.lat, lon: c.lng, zoom: this.map!.getZoom(),
        south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast(),
      },
    }));
  }

  private reportToggle(layer: L.Layer, visible: boolean) {
    const name = (layer as unknown as Record<string, string>)[KEY];
    if (this.silentToggles || !name) {
      return;
    }
    this.dispatchEvent(new CustomEvent('layer-toggle', { detail: { name, visible } }));
  }
}

customElements.define('leaflet-map', LeafletMap);
