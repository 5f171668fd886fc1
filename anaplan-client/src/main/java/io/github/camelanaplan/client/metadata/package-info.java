/**
 * Immutable records for the metadata the Integration API returns: workspaces, models, files, imports, exports,
 * processes, actions, modules, views, lists and the detailed metadata of imports, exports and processes. All ignore
 * unknown JSON fields and accept ids sent as JSON numbers.
 */
package io.github.camelanaplan.client.metadata;
