package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.FileStore;
import io.github.camelanaplan.simulator.state.Model;

/** What an action's work needs: the model, who runs it, the start parameters, file storage, cancellation. */
final class StepContext {

    /** Long loops look at the cancel flag this often (rows). */
    static final int CANCEL_CHECK_INTERVAL = 1024;

    private final Model model;
    private final Task task;
    private final FileStore files;
    private final DumpRegistry dumps;
    private final StepProgress progress;

    StepContext(Model model, Task task, FileStore files, DumpRegistry dumps) {
        this(model, task, files, dumps, new StepProgress());
    }

    private StepContext(Model model, Task task, FileStore files, DumpRegistry dumps, StepProgress progress) {
        this.model = model;
        this.task = task;
        this.files = files;
        this.dumps = dumps;
        this.progress = progress;
    }

    /** @return this context for one step, which tells {@code progress} how far it has got */
    StepContext reportingTo(StepProgress progress) {
        return new StepContext(model, task, files, dumps, progress);
    }

    /** Where a step reports how far it got while it prepares; the task's progress follows it. */
    StepProgress progress() {
        return progress;
    }

    Model model() {
        return model;
    }

    String userId() {
        return task.userId();
    }

    String taskId() {
        return task.id();
    }

    TaskParameters parameters() {
        return task.parameters();
    }

    FileStore files() {
        return files;
    }

    DumpRegistry dumps() {
        return dumps;
    }

    void checkCancelled() {
        if (task.cancelRequested()) {
            throw new TaskCancelledException();
        }
    }
}
