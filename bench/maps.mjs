// Generated maps for the benchmarks, and the library record the app stores a map file in.

const KINDS = ['actions', 'thoughts', 'feelings', 'emotions', 'touchpoints', 'pain-points', 'opportunities', 'kpis', 'evidence', 'frontstage'];

function card(kind, id, n) {
  const text = `Card ${n}: the customer compares offers and asks a question about delivery`;
  switch (kind) {
    case 'emotions': return { kind: 'emotion', id, score: (n % 5) - 2, text: 'Curious' };
    case 'touchpoints': return { kind: 'touchpoint', id, text, channel: 'website' };
    case 'pain-points': return { kind: 'pain-point', id, text, severity: 'high' };
    case 'opportunities': return { kind: 'opportunity', id, text, priority: 'medium' };
    case 'kpis': return { kind: 'kpi', id, name: `Conversion ${n}`, unit: '%', current: 2.5, target: 4 };
    case 'evidence': return { kind: 'evidence', id, text, source: 'analytics' };
    case 'frontstage': return { kind: 'blueprint', id, text, resource: 'people' };
    default: return { kind: 'note', id, text };
  }
}

/** A map of `stages` × `lanes` cells with `perCell` cards each, every lane kind in turn. */
export function generatedMap({ stages: STAGES, lanes: LANES, perCell: PER_CELL, id = 'big', title = 'Generated map' }) {
  const stages = Array.from({ length: STAGES }, (_, s) => ({ id: `s${s}`, name: `Stage ${s + 1}` }));
  const lanes = Array.from({ length: LANES }, (_, l) => ({ id: `l${l}`, name: `Lane ${l + 1}`, kind: KINDS[l % KINDS.length] }));
  let n = 0;
  const cells = [];
  for (const lane of lanes) {
    for (const stage of stages) {
      cells.push({ lane: lane.id, stage: stage.id, cards: Array.from({ length: PER_CELL }, () => card(lane.kind, `c${n}`, n++)) });
    }
  }
  const journey = {
    id, title, type: 'current-state', language: 'en', direction: 'ltr',
    created: '2026-11-01T00:00:00Z', updated: '2026-11-01T00:00:00Z', stages, lanes, cells,
  };
  return { format: 'safar-journey-map', version: 1, journeys: [journey] };
}


/** The library record (format safar-library-map, v1) that holds `fileText` at revision 1. */
export function record(fileText) {
  return `{"format":"safar-library-map","version":1,"revision":1,"trashed":null,"file":${fileText}}`;
}
