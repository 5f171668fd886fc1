package io.github.camelanaplan.client.transactional;

import io.github.camelanaplan.client.error.AnaplanException;

/**
 * A list write stopped because a whole request failed (not just some entries). Batches sent before the failure stay
 * applied; {@link #partialResult()} counts them.
 */
public class ListWriteException extends AnaplanException {

    private static final long serialVersionUID = 1L;

    /** See the accessor of the same name. */
    private final transient ListWriteResult partialResult;

    /**
     * @param message       what failed
     * @param cause         the failure of the request
     * @param partialResult what the batches that completed did
     */
    public ListWriteException(String message, AnaplanException cause, ListWriteResult partialResult) {
        super(message, cause.httpStatus(), cause.method(), cause.path(), cause.anaplanMessage(), cause);
        this.partialResult = partialResult;
    }

    /** @return the outcome of the batches that completed before the failure */
    public ListWriteResult partialResult() {
        return partialResult;
    }
}
