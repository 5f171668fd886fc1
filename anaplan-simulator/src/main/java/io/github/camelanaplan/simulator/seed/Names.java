package io.github.camelanaplan.simulator.seed;

import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.DataFormat;
import io.github.camelanaplan.simulator.state.Dimension;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import io.github.camelanaplan.simulator.state.ValueFormat;
import java.util.Locale;

/** Resolves the names a model file uses to ids, failing with a message that says what is missing. */
final class Names {

    private final Model model;

    Names(Model model) {
        this.model = model;
    }

    AnaplanList list(String name) {
        return model.lists().resolve(name)
                .orElseThrow(() -> new SeedException("Model " + model.name() + ": unknown list " + name));
    }

    Module module(String name) {
        return model.modules().resolve(name)
                .orElseThrow(() -> new SeedException("Model " + model.name() + ": unknown module " + name));
    }

    /** A list name, {@code Time}, {@code Versions} or {@code Line Items}. */
    String dimensionId(String name) {
        String builtIn = ModelSeeder.timeOrVersions(name);
        return builtIn != null ? builtIn : list(name).id();
    }

    Dimension dimension(String id) {
        return model.dimension(id)
                .orElseThrow(() -> new SeedException("Model " + model.name() + ": unknown dimension " + id));
    }

    /** {@code NUMBER}, {@code TEXT}, {@code BOOLEAN}, {@code DATE}, {@code NO_DATA} or {@code LIST:<list>}. */
    ValueFormat format(String text) {
        if (text == null) {
            return ValueFormat.of(DataFormat.NUMBER);
        }
        if (text.regionMatches(true, 0, "LIST:", 0, 5)) {
            return ValueFormat.list(list(text.substring(5).trim()).id());
        }
        try {
            return ValueFormat.of(DataFormat.valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new SeedException("Model " + model.name() + ": unknown format " + text);
        }
    }
}
