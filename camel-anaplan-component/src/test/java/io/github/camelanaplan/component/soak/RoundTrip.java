package io.github.camelanaplan.component.soak;

/**
 * What one round trip sent and got back.
 *
 * @param failure the exchange's exception as text, or null when it succeeded
 */
record RoundTrip(int index, boolean knownLength, long sentBytes, String sentSha256, long receivedBytes,
                 String receivedSha256, long rows, long rowsImported, long rowsRejected, String importTaskId,
                 String exportTaskId, long millis, String failure) {

    boolean succeeded() {
        return failure == null;
    }

    boolean identical() {
        return succeeded() && sentSha256.equals(receivedSha256) && sentBytes == receivedBytes;
    }

    String describe() {
        return "round trip %d (%s length, %d bytes, sha256 %s): %s".formatted(index, knownLength ? "known" : "unknown",
                sentBytes, sentSha256, failure != null ? "failed: " + failure
                        : "got %d bytes, sha256 %s, %d of %d rows imported, %d rejected, import task %s, export task %s"
                        .formatted(receivedBytes, receivedSha256, rowsImported, rows, rowsRejected, importTaskId,
                                exportTaskId));
    }
}
