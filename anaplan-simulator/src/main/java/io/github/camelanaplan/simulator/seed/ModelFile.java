package io.github.camelanaplan.simulator.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The declarative tenant description read from YAML (or JSON, which is valid YAML). Every record here is
 * pure data; {@link TenantSeeder} turns it into live state. Names refer to other objects (users by e-mail,
 * lists by name); ids are optional and generated deterministically when absent.
 * The format is documented in {@code docs/simulator.md}.
 */
public record ModelFile(String customer, List<UserSpec> users, List<OAuthClientSpec> oauthClients,
                        List<WorkspaceSpec> workspaces) {

    public ModelFile {
        users = orEmpty(users);
        oauthClients = orEmpty(oauthClients);
        workspaces = orEmpty(workspaces);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : Map.copyOf(map);
    }

    /** @param certificate optional PEM text of the user's X.509 certificate for CA-certificate log-in */
    public record UserSpec(String id, String email, String password, String firstName, String lastName,
                           String certificate) {
    }

    /** @param refreshTokens refresh tokens valid from start: {@code {token, user}} */
    public record OAuthClientSpec(String clientId, String clientSecret, Boolean rotatable,
                                  List<RefreshTokenSpec> refreshTokens) {

        public OAuthClientSpec {
            refreshTokens = orEmpty(refreshTokens);
        }
    }

    public record RefreshTokenSpec(String token, String user) {
    }

    /** @param users e-mail to {@code ADMIN} or {@code USER} */
    public record WorkspaceSpec(String id, String name, Long sizeAllowance, Map<String, String> users,
                                List<ModelSpec> models) {

        public WorkspaceSpec {
            users = orEmpty(users);
            models = orEmpty(models);
        }
    }

    /**
     * @param users e-mail to {@code FULL}, {@code READ_ONLY} or {@code NO_ACCESS}
     * @param time  monthly calendar, e.g. {@code {start: 2026-01, months: 12}}
     */
    public record ModelSpec(String id, String name, String activeState, Map<String, String> users, TimeSpec time,
                            List<VersionSpec> versions, List<ListSpec> lists, List<ModuleSpec> modules,
                            List<FileSpec> files, List<ImportSpec> imports, List<ExportSpec> exports,
                            List<ActionSpec> actions, List<ProcessSpec> processes) {

        public ModelSpec {
            users = orEmpty(users);
            versions = orEmpty(versions);
            lists = orEmpty(lists);
            modules = orEmpty(modules);
            files = orEmpty(files);
            imports = orEmpty(imports);
            exports = orEmpty(exports);
            actions = orEmpty(actions);
            processes = orEmpty(processes);
        }
    }

    /** @param start first month, {@code yyyy-MM} */
    public record TimeSpec(String start, Integer months) {
    }

    public record VersionSpec(String name, String code, Boolean actual, Boolean current) {
    }

    /**
     * @param parent   name of the parent list
     * @param generate rule producing many items without listing them
     */
    public record ListSpec(String id, String name, String code, String parent, Boolean numbered,
                           List<PropertySpec> properties, List<String> subsets, List<ItemSpec> items,
                           GeneratorSpec generate) {

        public ListSpec {
            properties = orEmpty(properties);
            subsets = orEmpty(subsets);
            items = orEmpty(items);
        }
    }

    /** @param format NUMBER, TEXT, BOOLEAN, DATE or {@code LIST:<list name>} */
    public record PropertySpec(String name, String format) {
    }

    /** @param parent name or code of the parent item; @param properties property name to value */
    public record ItemSpec(String name, String code, String parent, Map<String, String> properties,
                           List<String> subsets) {

        public ItemSpec {
            properties = orEmpty(properties);
            subsets = orEmpty(subsets);
        }
    }

    /**
     * Generates {@code count} items; item number n runs from 1. Each field is a {@link ValueRule}.
     *
     * @param subsets subset name to a rule yielding true/false
     */
    public record GeneratorSpec(int count, ValueRule name, ValueRule code, ValueRule parent,
                                Map<String, ValueRule> properties, Map<String, ValueRule> subsets) {

        public GeneratorSpec {
            properties = orEmpty(properties);
            subsets = orEmpty(subsets);
        }
    }

    /**
     * @param dimensions list names plus {@code Time} and {@code Versions}, in axis order
     * @param defaultView axes of the default view (same id as the module); derived when absent
     */
    public record ModuleSpec(String id, String name, String code, List<String> dimensions,
                             List<LineItemSpec> lineItems, ViewSpec defaultView, List<ViewSpec> views,
                             List<CellSpec> cells) {

        public ModuleSpec {
            dimensions = orEmpty(dimensions);
            lineItems = orEmpty(lineItems);
            views = orEmpty(views);
            cells = orEmpty(cells);
        }
    }

    /** @param appliesTo dimensions when they differ from the module's */
    public record LineItemSpec(String name, String code, String format, List<String> appliesTo, String formula) {
    }

    /**
     * Axes hold dimension names ({@code Line Items} for the pseudo-dimension).
     *
     * @param name      saved view name without the module prefix; the full name is {@code Module.Name}
     * @param lineItems the line items shown, all when empty
     */
    public record ViewSpec(String id, String name, List<String> rows, List<String> columns, List<String> pages,
                           List<String> lineItems) {

        public ViewSpec {
            rows = orEmpty(rows);
            columns = orEmpty(columns);
            pages = orEmpty(pages);
            lineItems = orEmpty(lineItems);
        }
    }

    /**
     * Seeds cell values for every combination selected by {@code where} (dimensions not named: all items).
     * Selector values: an item name/code, a list of them, or {@code {first: N}}.
     *
     * @param value   rule evaluated with n = 1.. over the combinations
     * @param product line item names whose values at the same coordinates are multiplied instead
     */
    public record CellSpec(String lineItem, Map<String, JsonNode> where, ValueRule value, List<String> product) {

        public CellSpec {
            where = orEmpty(where);
            product = orEmpty(product);
        }
    }

    /** @param content default content every user sees until they upload their own */
    public record FileSpec(String id, String name, String separator, String encoding, Integer headerRow,
                           Integer firstDataRow, String delimiter, String content) {
    }

    /**
     * Exactly one of {@code list} (HIERARCHY_DATA) or {@code module} (MODULE_DATA).
     *
     * @param columns    list imports: {@code name}, {@code code}, {@code parent} to column
     * @param properties list imports: property name to column
     * @param dimensions module imports: dimension name to {@code {column: C}}, {@code {fixed: item}} or
     *                   {@code {mappingParameter: true}}
     * @param lineItems  module imports: line item name to column
     */
    public record ImportSpec(String id, String name, String file, String list, String module,
                             Map<String, String> columns, Map<String, String> properties,
                             Map<String, DimensionSourceSpec> dimensions, Map<String, String> lineItems) {

        public ImportSpec {
            columns = orEmpty(columns);
            properties = orEmpty(properties);
            dimensions = orEmpty(dimensions);
            lineItems = orEmpty(lineItems);
        }
    }

    public record DimensionSourceSpec(String column, String fixed, Boolean mappingParameter) {
    }

    /** Exactly one of {@code list}, {@code module} or {@code view} (full view name). */
    public record ExportSpec(String id, String name, String list, String module, String view, String exportType,
                             String separator, String encoding) {
    }

    /** @param selectedBy BOOLEAN property of {@code list}; items where it is true get deleted */
    public record ActionSpec(String id, String name, String type, String list, String selectedBy) {
    }

    /** @param actions names of imports, exports and actions, in run order */
    public record ProcessSpec(String id, String name, List<String> actions) {

        public ProcessSpec {
            actions = orEmpty(actions);
        }
    }
}
