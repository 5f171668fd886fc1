package io.github.camelanaplan.simulator.state;

/**
 * How source columns (by header name) map onto the target. Kept declarative so the task engine can run an
 * import without knowing where its definition came from.
 */
public sealed interface ImportMapping permits ListImportMapping, ModuleImportMapping {
}
