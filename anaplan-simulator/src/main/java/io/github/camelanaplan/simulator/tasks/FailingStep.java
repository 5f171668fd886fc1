package io.github.camelanaplan.simulator.tasks;

/** An action that fails when run: an injected failure, or a process entry that no longer resolves. */
final class FailingStep implements ActionStep {

    private final String objectId;
    private final String objectName;
    private final String message;

    FailingStep(String objectId, String objectName, String message) {
        this.objectId = objectId;
        this.objectName = objectName;
        this.message = message;
    }

    @Override
    public String objectId() {
        return objectId;
    }

    @Override
    public String objectName() {
        return objectName;
    }

    @Override
    public PreparedAction prepare(StepContext context) throws ActionFailedException {
        throw new ActionFailedException(message);
    }
}
