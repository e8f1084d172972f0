import { slugify } from '../bundle/slug';
import { Workload } from '../model/workload';

/**
 * A modest starting workload for a diagram that has none: a 4-core server with
 * PostgreSQL's default max_connections, two app instances with a client-side
 * pool of 10, one database named after the diagram, one app user. The pooling
 * page starts its form from it and the bundle uses it for `pooling=1`.
 */
export function defaultWorkload(diagramName: string): Workload {
  return Workload.parse({
    server: { cores: 4, maxConnections: 100 },
    clients: [{ name: 'app', kind: 'long-lived', instances: 2, poolSize: 10 }],
    databases: [{ name: slugify(diagramName, 63) }],
    users: [{ name: 'app' }],
  });
}
