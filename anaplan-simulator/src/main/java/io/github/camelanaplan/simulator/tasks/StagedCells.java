package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.state.CellKey;
import io.github.camelanaplan.simulator.state.CellStore;
import io.github.camelanaplan.simulator.state.Model;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Cell writes of a module import, held back until the import commits; a null value clears the cell. */
final class StagedCells implements ModelChange {

    private final Map<CellKey, Object> writes = new LinkedHashMap<>();

    void put(CellKey key, Object value) {
        writes.put(key, value);
    }

    int size() {
        return writes.size();
    }

    @Override
    public Undo apply(Model model) {
        CellStore cells = model.cells();
        Map<CellKey, Object> previous = new HashMap<>();
        writes.forEach((key, value) -> {
            previous.put(key, cells.get(key).orElse(null));
            cells.put(key, value);
        });
        return m -> previous.forEach(cells::put);
    }
}
