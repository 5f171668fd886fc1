package io.github.camelanaplan.client.transfer;

import io.github.camelanaplan.client.metadata.FileInfo;

/**
 * Outcome of an upload.
 *
 * @param fileId     id of the file uploaded to
 * @param chunkCount number of chunks uploaded
 * @param bytesRead  bytes read from the caller's stream
 * @param bytesSent  bytes sent on the wire (smaller than {@code bytesRead} with gzip)
 * @param file       the file as Anaplan described it after the upload, or {@code null} when it did not say
 */
public record UploadResult(String fileId, int chunkCount, long bytesRead, long bytesSent, FileInfo file) {
}
