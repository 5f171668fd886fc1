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
    private final SourceProgress source;

    StepContext(Model model, Task task, FileStore files, DumpRegistry dumps) {
        this(model, task, files, dumps, new SourceProgress());
    }

    private StepContext(Model model, Task task, FileStore files, DumpRegistry dumps, SourceProgress source) {
        this.model = model;
        this.task = task;
        this.files = files;
        this.dumps = dumps;
        this.source = source;
    }

    /** @return this context for one step, which tells {@code source} how far it has read */
    StepContext reading(SourceProgress source) {
        return new StepContext(model, task, files, dumps, source);
    }

    /** Where a step that reads a source reports how far it got; the task's progress follows it. */
    SourceProgress source() {
        return source;
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
