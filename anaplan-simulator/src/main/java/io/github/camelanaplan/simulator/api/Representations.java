package io.github.camelanaplan.simulator.api;

import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.Dimension;
import io.github.camelanaplan.simulator.state.DimensionItem;
import io.github.camelanaplan.simulator.state.FileDef;
import io.github.camelanaplan.simulator.state.FileStatus;
import io.github.camelanaplan.simulator.state.LineItem;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.Module;
import io.github.camelanaplan.simulator.state.Tenant;
import io.github.camelanaplan.simulator.state.User;
import io.github.camelanaplan.simulator.state.View;
import io.github.camelanaplan.simulator.state.Workspace;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON shapes of metadata objects, with the field names the Integration API uses. Unset optional fields are
 * left out, as Anaplan does. Public so the other API families render the same objects identically.
 */
public final class Representations {

    /** Anaplan's date-time style in metadata, e.g. {@code 2026-01-05T10:15:30.000+0000}. */
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    private Representations() {
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    public static Map<String, Object> user(User user, Tenant tenant) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", user.id());
        json.put("active", true);
        json.put("email", user.email());
        json.put("emailOptIn", false);
        json.put("firstName", user.firstName());
        json.put("lastName", user.lastName());
        json.put("customerId", tenant.customerId());
        user.lastLogin().ifPresent(when -> json.put("lastLoginDate", dateTime(when)));
        return json;
    }

    public static Map<String, Object> workspace(Workspace workspace, boolean tenantDetails, long currentSize) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", workspace.id());
        json.put("name", workspace.name());
        json.put("active", workspace.active());
        if (tenantDetails) {
            json.put("sizeAllowance", workspace.sizeAllowance());
            json.put("currentSize", currentSize);
        }
        return json;
    }

    /** A rough but stable memory figure for a model, for {@code memoryUsage} and workspace {@code currentSize}. */
    public static long estimatedSize(Model model) {
        long items = model.lists().all().stream().mapToLong(l -> l.store().size()).sum();
        return 1_048_576L + items * 256 + (long) model.cells().size() * 48;
    }

    public static Map<String, Object> model(Model model, Workspace workspace, boolean details, String origin) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", model.id());
        json.put("activeState", model.activeState());
        json.put("name", model.name());
        json.put("currentWorkspaceId", workspace.id());
        json.put("currentWorkspaceName", workspace.name());
        json.put("modelUrl", origin + "/anaplan/framework.jsp?selectedWorkspaceId=" + workspace.id()
                + "&takeAction=modelDetails&selectedModelId=" + model.id());
        json.put("categoryValues", List.of());
        if (details) {
            json.put("isoCreationDate", dateTime(model.created()));
            json.put("lastModified", dateTime(model.created()));
            json.put("lastModifiedByUserGuid", "");
            json.put("lastSavedSerialNumber", 2_000_000L);
            json.put("memoryUsage", estimatedSize(model));
        }
        return json;
    }

    /**
     * A file entry. Every entry, export output included, carries {@code separator} and {@code encoding}
     * (the Java client refuses to upload without them) and {@code firstDataRow}/{@code headerRow}.
     */
    public static Map<String, Object> file(FileDef file, FileStatus status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", file.id());
        json.put("name", file.name());
        json.put("chunkCount", status.chunkCount());
        json.put("delimiter", file.delimiter());
        json.put("encoding", file.encoding());
        json.put("firstDataRow", file.firstDataRow());
        json.put("format", file.format());
        json.put("headerRow", file.headerRow());
        json.put("separator", file.separator());
        return json;
    }

    public static Map<String, Object> named(String id, String name, String code) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("name", name);
        if (code != null && !code.isEmpty()) {
            json.put("code", code);
        }
        return json;
    }

    public static Map<String, Object> module(Module module) {
        return named(module.id(), module.name(), module.code());
    }

    public static Map<String, Object> list(AnaplanList list) {
        return named(list.id(), list.name(), list.code());
    }

    public static Map<String, Object> view(View view) {
        Map<String, Object> json = named(view.id(), view.name(), view.code());
        json.put("moduleId", view.moduleId());
        return json;
    }

    public static Map<String, Object> dimensionItem(DimensionItem item) {
        return named(item.id(), item.name(), item.code());
    }

    public static Map<String, Object> dimension(Dimension dimension) {
        return named(dimension.id(), dimension.name(), null);
    }

    /** A line item; {@code includeAll} adds the full metadata set the API documents. */
    public static Map<String, Object> lineItem(LineItem lineItem, Module module, Model model, boolean includeAll) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("moduleId", module.id());
        json.put("moduleName", module.name());
        json.put("id", lineItem.id());
        json.put("name", lineItem.name());
        if (!includeAll) {
            return json;
        }
        json.put("appliesTo", lineItem.dimensionIds().stream()
                .map(id -> model.dimension(id).map(Representations::dimension).orElse(named(id, id, null)))
                .toList());
        String type = lineItem.format().type().name();
        json.put("format", type);
        Map<String, Object> formatMetadata = new LinkedHashMap<>();
        formatMetadata.put("dataType", type);
        if (lineItem.format().listId() != null) {
            model.lists().byId(lineItem.format().listId()).ifPresent(list ->
                    formatMetadata.put("hierarchyEntityLongId", Long.parseLong(list.id())));
        }
        json.put("formatMetadata", formatMetadata);
        json.put("summary", "NUMBER".equals(type) ? "Sum" : "None");
        json.put("timeScale", lineItem.dimensionIds().contains(io.github.camelanaplan.simulator.state.Dimensions.TIME_ID)
                ? "Month" : "Not Applicable");
        json.put("timeRange", "Model Calendar");
        json.put("style", "Normal");
        json.put("cellCount", cellCount(lineItem, model));
        json.put("notes", "");
        if (lineItem.code() != null) {
            json.put("code", lineItem.code());
        }
        json.put("isSummary", false);
        json.put("formula", lineItem.formula() != null ? lineItem.formula() : "");
        json.put("formulaScope", "");
        json.put("useSwitchover", false);
        json.put("breakback", false);
        json.put("broughtForward", false);
        json.put("startOfSection", false);
        json.put("dataTags", List.of());
        json.put("referencedBy", List.of());
        return json;
    }

    private static long cellCount(LineItem lineItem, Model model) {
        long count = 1;
        for (String dimensionId : lineItem.dimensionIds()) {
            count *= model.dimension(dimensionId).map(d -> d.items().size()).orElse(1);
        }
        return count;
    }
}
