package io.github.camelanaplan.simulator.transactional;

/**
 * One request entry cannot be applied; it becomes a {@code failures} entry and the rest of the request goes
 * on. Carries no stack trace: it is an expected outcome, thrown once per bad entry.
 */
final class ItemRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final String failureType;

    ItemRejected(String failureType, String details) {
        super(details, null, false, false);
        this.failureType = failureType;
    }

    String failureType() {
        return failureType;
    }

    /** Anaplan's wording for format errors: {@code incorrect format -- column name:Headcount, value:abc}. */
    static ItemRejected incorrectFormat(String column, String value) {
        return new ItemRejected(FailureTypes.INCORRECT_FORMAT,
                "incorrect format -- column name:" + column + ", value:" + value);
    }

    static ItemRejected incompleteData(String column) {
        return new ItemRejected(FailureTypes.INCOMPLETE_DATA, "incomplete data -- column name:" + column);
    }

    static ItemRejected duplicate(String column, String value) {
        return new ItemRejected(FailureTypes.DUPLICATE,
                "duplicate -- column name:" + column + ", value:" + value + " is already used by another item");
    }

    ItemFailure at(int requestIndex) {
        return new ItemFailure(requestIndex, failureType, getMessage());
    }
}
