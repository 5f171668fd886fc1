/**
 * A plain Java client for the Anaplan Integration API v2.0.
 *
 * <p>Start with {@link io.github.camelanaplan.client.AnaplanClientConfig#builder()} and
 * {@link io.github.camelanaplan.client.AnaplanClient#create(AnaplanClientConfig)}, then work in a model through
 * {@link io.github.camelanaplan.client.ModelClient}. Failures are unchecked
 * {@link io.github.camelanaplan.client.error.AnaplanException}s.
 */
package io.github.camelanaplan.client;
