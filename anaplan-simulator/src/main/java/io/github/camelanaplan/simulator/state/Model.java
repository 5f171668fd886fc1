package io.github.camelanaplan.simulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A model and everything in it. Definitions live in {@link Registry registries}; list items in each list's
 * {@link ListItems}; values in the {@link CellStore}. All are thread-safe on their own.
 *
 * <p>Coordination for the task engine and the transactional API:
 * <ul>
 *   <li>{@link #dataLock()}: writers of model data (imports, deletes, list/cell writes) hold the write lock
 *       for a whole action, readers of model data (exports, view data, list reads) hold the read lock, so
 *       nobody sees half an import. Metadata endpoints do not lock; the real service keeps answering those
 *       while a model is busy.</li>
 *   <li>{@link #taskQueue()}: a single thread per model, so queued actions run one at a time in order.</li>
 *   <li>{@link #activity()}: the busy indicator.</li>
 * </ul>
 */
public final class Model implements Named {

    private final String id;
    private final String name;
    private final String workspaceId;
    private final Instant created;
    private final ModelIds ids;
    private final TimeDimension time;
    private final VersionsDimension versions;
    private final Registry<AnaplanList> lists = new Registry<>();
    private final Registry<Module> modules = new Registry<>();
    private final Registry<View> views = new Registry<>();
    private final Registry<FileDef> files = new Registry<>();
    private final Registry<ImportDef> imports = new Registry<>();
    private final Registry<ExportDef> exports = new Registry<>();
    private final Registry<ProcessDef> processes = new Registry<>();
    private final Registry<ActionDef> actions = new Registry<>();
    private final CellStore cells = new CellStore();
    private final ReentrantReadWriteLock dataLock = new ReentrantReadWriteLock(true);
    private final ModelActivity activity = new ModelActivity();
    private volatile String activeState;
    private volatile ExecutorService taskQueue;

    public Model(String id, String name, String workspaceId, String activeState, Instant created, ModelIds ids,
                 TimeDimension time, VersionsDimension versions) {
        this.id = id;
        this.name = name;
        this.workspaceId = workspaceId;
        this.activeState = activeState;
        this.created = created;
        this.ids = ids;
        this.time = time;
        this.versions = versions;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    public String workspaceId() {
        return workspaceId;
    }

    /** {@code UNLOCKED}, {@code LOCKED}, {@code ARCHIVED}, {@code PRODUCTION}, ... */
    public String activeState() {
        return activeState;
    }

    public void activeState(String state) {
        this.activeState = state;
    }

    public Instant created() {
        return created;
    }

    /** Id allocation for new objects and items of this model. */
    public ModelIds ids() {
        return ids;
    }

    public TimeDimension time() {
        return time;
    }

    public VersionsDimension versions() {
        return versions;
    }

    public Registry<AnaplanList> lists() {
        return lists;
    }

    public Registry<Module> modules() {
        return modules;
    }

    public Registry<View> views() {
        return views;
    }

    public Registry<FileDef> files() {
        return files;
    }

    public Registry<ImportDef> imports() {
        return imports;
    }

    public Registry<ExportDef> exports() {
        return exports;
    }

    public Registry<ProcessDef> processes() {
        return processes;
    }

    public Registry<ActionDef> actions() {
        return actions;
    }

    public CellStore cells() {
        return cells;
    }

    public ReentrantReadWriteLock dataLock() {
        return dataLock;
    }

    public ModelActivity activity() {
        return activity;
    }

    /** A single-threaded executor for this model's actions, created on first use and stopped on close. */
    public synchronized ExecutorService taskQueue() {
        if (taskQueue == null) {
            taskQueue = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "anaplan-model-" + id);
                thread.setDaemon(true);
                return thread;
            });
        }
        return taskQueue;
    }

    /** Any dimension by id: a list, Time or Versions. The Line Items pseudo-dimension needs a module. */
    public Optional<Dimension> dimension(String dimensionId) {
        if (Dimensions.TIME_ID.equals(dimensionId)) {
            return Optional.of(time);
        }
        if (Dimensions.VERSIONS_ID.equals(dimensionId)) {
            return Optional.of(versions);
        }
        return lists.byId(dimensionId).map(Dimension.class::cast);
    }

    /** A dimension as it appears on a module's view axes, including the Line Items pseudo-dimension. */
    public Optional<Dimension> dimension(String dimensionId, Module module) {
        if (Dimensions.LINE_ITEMS_ID.equals(dimensionId)) {
            return Optional.of(new LineItemsDimension(module.lineItems()));
        }
        return dimension(dimensionId);
    }

    /**
     * A view by id: a saved view, a module's default view (same id as the module), or, for a line item id,
     * that line item's own view (its first list on rows, Time or else Versions on columns, the rest on pages).
     */
    public Optional<View> view(String viewId) {
        Optional<View> saved = views.byId(viewId);
        if (saved.isPresent()) {
            return saved;
        }
        return lineItem(viewId).map(this::lineItemView);
    }

    private View lineItemView(LineItem lineItem) {
        List<String> rows = new java.util.ArrayList<>();
        List<String> columns = new java.util.ArrayList<>();
        List<String> pages = new java.util.ArrayList<>(lineItem.dimensionIds());
        pages.stream().filter(d -> !d.equals(Dimensions.TIME_ID) && !d.equals(Dimensions.VERSIONS_ID))
                .findFirst().ifPresent(rows::add);
        pages.removeAll(rows);
        if (pages.remove(Dimensions.TIME_ID)) {
            columns.add(Dimensions.TIME_ID);
        } else if (pages.remove(Dimensions.VERSIONS_ID)) {
            columns.add(Dimensions.VERSIONS_ID);
        }
        return new View(lineItem.id(), lineItem.name(), lineItem.moduleId(), lineItem.code(), rows, columns, pages,
                List.of(lineItem.id()));
    }

    public Optional<LineItem> lineItem(String lineItemId) {
        return modules.all().stream()
                .flatMap(m -> m.lineItems().stream())
                .filter(li -> li.id().equals(lineItemId))
                .findFirst();
    }

    public List<LineItem> lineItems() {
        return modules.all().stream().flatMap(m -> m.lineItems().stream()).toList();
    }

    synchronized void close() {
        if (taskQueue != null) {
            taskQueue.shutdownNow();
        }
    }
}
