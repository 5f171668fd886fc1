package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a list add, update, upsert or delete. {@code null} fields are not sent.
 *
 * <ul>
 *   <li>add: {@code name} (not for numbered lists), optional {@code code}, {@code parent}, properties, subsets;</li>
 *   <li>update: exactly one of {@code id}, {@code code}, {@code name} identifies the item ({@code id} together
 *       with {@code code} changes the code); unnamed properties and subsets stay as they are;</li>
 *   <li>delete: exactly one of {@code id}, {@code code}, {@code name};</li>
 *   <li>upsert: {@code code} (or {@code name} when the list has no codes) is the key.</li>
 * </ul>
 *
 * @param id         item id, or {@code null}
 * @param name       name, or {@code null}
 * @param code       code, or {@code null}
 * @param parent     parent item name or code, or {@code null}
 * @param properties property values (text as Anaplan accepts it), or {@code null}
 * @param subsets    subset membership, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListItemWrite(String id, String name, String code, String parent, Map<String, String> properties,
                            Map<String, Boolean> subsets) {

    /** Copies the maps, keeping their order. */
    public ListItemWrite {
        properties = properties == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        subsets = subsets == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(subsets));
    }

    /**
     * @param name name
     * @param code code, may be {@code null}
     * @return an entry with name and code only
     */
    public static ListItemWrite of(String name, String code) {
        return new ListItemWrite(null, name, code, null, null, null);
    }

    /**
     * @param code code of an existing item
     * @return an entry identifying that item by code
     */
    public static ListItemWrite byCode(String code) {
        return new ListItemWrite(null, null, code, null, null, null);
    }

    /**
     * @param name name of an existing item (lists without codes)
     * @return an entry identifying that item by name
     */
    public static ListItemWrite byName(String name) {
        return new ListItemWrite(null, name, null, null, null, null);
    }

    /**
     * @param id id of an existing item
     * @return an entry identifying that item by id
     */
    public static ListItemWrite byId(String id) {
        return new ListItemWrite(id, null, null, null, null, null);
    }

    /**
     * @param value parent item name or code
     * @return a copy with that parent
     */
    public ListItemWrite withParent(String value) {
        return new ListItemWrite(id, name, code, value, properties, subsets);
    }

    /**
     * @param values property values
     * @return a copy with those properties
     */
    public ListItemWrite withProperties(Map<String, String> values) {
        return new ListItemWrite(id, name, code, parent, values, subsets);
    }

    /**
     * @param values subset membership
     * @return a copy with those subsets
     */
    public ListItemWrite withSubsets(Map<String, Boolean> values) {
        return new ListItemWrite(id, name, code, parent, properties, values);
    }

    /** @return the upsert key: the code when there is one, else the name; {@code null} when neither */
    String key() {
        if (code != null && !code.isEmpty()) {
            return code;
        }
        return name;
    }

    /** @return this entry reduced to its identifier for an update (code, else name), dropping any id */
    ListItemWrite asUpdateByKey() {
        boolean byCode = code != null && !code.isEmpty();
        return new ListItemWrite(null, byCode ? null : name, byCode ? code : null, parent, properties, subsets);
    }

    /** @return this entry reduced to its identifier (id, else code, else name) */
    ListItemWrite identifierOnly() {
        if (id != null) {
            return byId(id);
        }
        return code != null && !code.isEmpty() ? byCode(code) : byName(name);
    }
}
