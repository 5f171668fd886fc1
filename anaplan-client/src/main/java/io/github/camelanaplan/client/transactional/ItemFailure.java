package io.github.camelanaplan.client.transactional;

/**
 * One rejected entry of a list write or cell write.
 *
 * @param index       0-based position of the entry in the caller's whole input (not in the request batch)
 * @param failureType Anaplan's failure type, e.g. {@code INCORRECT_FORMAT}, {@code DUPLICATE}, {@code itemNotFound}
 * @param message     Anaplan's details, may be {@code null}
 */
public record ItemFailure(long index, String failureType, String message) {
}
