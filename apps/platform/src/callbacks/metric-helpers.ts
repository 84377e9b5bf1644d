import { Counter, Gauge, Histogram, type Registry } from "prom-client";

/**
 * prom-client metrics registered on the given Registry (never the global one), reusing a metric
 * already registered under the name: several components of one process share a registry, and
 * tests create components more than once.
 */
export function counterOn<T extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly T[],
): Counter<T> {
  const existing = registry.getSingleMetric(name);
  if (existing !== undefined) return existing as Counter<T>;
  return new Counter({ name, help, labelNames, registers: [registry] });
}

export function histogramOn<T extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly T[],
  buckets: number[],
): Histogram<T> {
  const existing = registry.getSingleMetric(name);
  if (existing !== undefined) return existing as Histogram<T>;
  return new Histogram({ name, help, labelNames, buckets, registers: [registry] });
}

export function gaugeOn<T extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly T[],
  collect?: (this: Gauge<T>) => void | Promise<void>,
): Gauge<T> {
  const existing = registry.getSingleMetric(name);
  if (existing !== undefined) return existing as Gauge<T>;
  return new Gauge({
    name,
    help,
    labelNames,
    registers: [registry],
    ...(collect === undefined ? {} : { collect }),
  });
}
