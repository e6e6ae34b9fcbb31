/**
 * The route table `next build` prints: each route with its marker, ○ (static), ● (SSG, prerendered
 * from generateStaticParams) or ƒ (dynamic, rendered per request). A dynamic route whose params are
 * all prerendered prints without a marker of its own, followed by its ● paths.
 */
export function routeMarkers(buildLog: string): Map<string, string> {
  const markers = new Map<string, string>();
  for (const line of buildLog.split('\n')) {
    const match = /^[┌├└│ ]*[┌├└]\s+([○●ƒ])?\s*(\/\S*)/.exec(line);
    if (match && !markers.has(match[2]!)) markers.set(match[2]!, match[1] ?? '');
  }
  return markers;
}

/** The markers of a route and of every path prerendered under it. */
export function markersUnder(markers: Map<string, string>, route: string): string[] {
  const prefix = route.replace(/\[.*$/, '');
  return [...markers].filter(([path]) => path === route || (path.startsWith(prefix) && !path.includes('['))).map(([, marker]) => marker);
}
