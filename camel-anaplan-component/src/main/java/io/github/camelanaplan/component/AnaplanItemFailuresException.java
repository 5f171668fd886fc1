package io.github.camelanaplan.component;

import java.util.List;

import io.github.camelanaplan.client.transactional.ItemFailure;
import org.apache.camel.CamelException;

/**
 * Anaplan rejected entries of a {@code list-write} or {@code cell-write} and {@code failOnItemFailures} is on. The
 * other entries were applied: Anaplan has no transaction across entries, so the result (counts and failures with
 * their 0-based index in the input) is carried for the error handler to reconcile or report.
 */
public class AnaplanItemFailuresException extends CamelException {

    private static final long serialVersionUID = 1L;

    private final transient Object result;
    private final transient List<ItemFailure> failures;

    public AnaplanItemFailuresException(String message, Object result, List<ItemFailure> failures) {
        super(message);
        this.result = result;
        this.failures = List.copyOf(failures);
    }

    /** The whole result: a {@code ListWriteResult} or a {@code CellWriteResult}. */
    public Object getResult() {
        return result;
    }

    /** The rejected entries in input order. */
    public List<ItemFailure> getFailures() {
        return failures;
    }
}
