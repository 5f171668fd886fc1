package io.github.camelanaplan.simulator.state;

/** A data format, plus the referenced list for {@link DataFormat#LIST}. */
public record ValueFormat(DataFormat type, String listId) {

    public ValueFormat {
        if (type == DataFormat.LIST && listId == null) {
            throw new IllegalArgumentException("LIST format needs a list id");
        }
    }

    public static ValueFormat of(DataFormat type) {
        return new ValueFormat(type, null);
    }

    public static ValueFormat list(String listId) {
        return new ValueFormat(DataFormat.LIST, listId);
    }
}
