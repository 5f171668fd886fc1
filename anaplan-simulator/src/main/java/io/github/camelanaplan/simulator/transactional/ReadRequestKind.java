package io.github.camelanaplan.simulator.transactional;

/** List or view read requests differ only in their JSON key and the name of the object id field. */
enum ReadRequestKind {

    LIST("listReadRequest", "listId"),
    VIEW("viewReadRequest", "viewId");

    private final String payloadKey;
    private final String objectIdField;

    ReadRequestKind(String payloadKey, String objectIdField) {
        this.payloadKey = payloadKey;
        this.objectIdField = objectIdField;
    }

    String payloadKey() {
        return payloadKey;
    }

    String objectIdField() {
        return objectIdField;
    }
}
