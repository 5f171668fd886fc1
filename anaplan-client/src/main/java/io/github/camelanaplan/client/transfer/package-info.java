/**
 * Streaming chunked transfer: {@link io.github.camelanaplan.client.transfer.ChunkedUploader} uploads an
 * {@link java.io.InputStream} of any size in parallel chunks, and
 * {@link io.github.camelanaplan.client.transfer.ChunkedDownloadInputStream} downloads files and failure dumps as a
 * stream that fetches ahead in parallel. Both keep memory bounded by chunk size times chunks in flight.
 */
package io.github.camelanaplan.client.transfer;
