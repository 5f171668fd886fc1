/**
 * The typed exception hierarchy of the Anaplan client. Every exception extends
 * {@link io.github.camelanaplan.client.error.AnaplanException}, which is unchecked and carries the HTTP status, method,
 * path and Anaplan's own message when the failure came from an HTTP exchange.
 */
package io.github.camelanaplan.client.error;
