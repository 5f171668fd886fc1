package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.state.ListItem;
import java.util.List;

/**
 * The items of a list as the read paths see them: a fixed sequence with random access, so a reader can stream
 * rows (or cut pages) without copying items. Either a snapshot of a real list or a generated list.
 */
interface ListItemSource {

    int size();

    ListItem get(int index);

    /** A snapshot of a real list's items, taken once so a long read never sees a half-applied write. */
    static ListItemSource of(List<ListItem> snapshot) {
        return new ListItemSource() {
            @Override
            public int size() {
                return snapshot.size();
            }

            @Override
            public ListItem get(int index) {
                return snapshot.get(index);
            }
        };
    }
}
