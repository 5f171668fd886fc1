package io.github.camelanaplan.simulator.transactional;

/**
 * {@code failureType} values of list item writes. Anaplan documents only {@code INCORRECT_FORMAT} and
 * {@code INCOMPLETE_DATA}; the others are the simulator's own names for cases the real service also rejects
 * per item (its exact names are not published), chosen to be self-explanatory.
 */
final class FailureTypes {

    /** A property or subset value that does not fit its format (NUMBER, BOOLEAN, DATE, LIST). */
    static final String INCORRECT_FORMAT = "INCORRECT_FORMAT";
    /** A required value is missing: the name of a new item in a general list, a code set to blank. */
    static final String INCOMPLETE_DATA = "INCOMPLETE_DATA";
    /** The name or code is already used by another item (or earlier in the same request). */
    static final String DUPLICATE = "DUPLICATE";
    /** The parent is not an item of the list's parent list, or the list has no parent list. */
    static final String UNKNOWN_PARENT = "UNKNOWN_PARENT";
    /** A property or subset name the list does not have. */
    static final String UNKNOWN_COLUMN = "UNKNOWN_COLUMN";
    /** Update or delete of an item that does not exist. */
    static final String ITEM_NOT_FOUND = "ITEM_NOT_FOUND";
    /** Update or delete without exactly one usable identifier (id, code or name). */
    static final String INVALID_IDENTIFIER = "INVALID_IDENTIFIER";
    /** A name given for a new item of a numbered list, whose names the list generates. */
    static final String NAME_NOT_ALLOWED = "NAME_NOT_ALLOWED";

    private FailureTypes() {
    }
}
