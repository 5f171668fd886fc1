/**
 * The transactional API: list metadata, list items (read, large-volume read, add, update, upsert, delete, reset
 * index), views (metadata, data as rows or CSV, large-volume read) and module cell writes. Obtained from
 * {@link io.github.camelanaplan.client.ModelClient#transactional()}.
 */
package io.github.camelanaplan.client.transactional;
