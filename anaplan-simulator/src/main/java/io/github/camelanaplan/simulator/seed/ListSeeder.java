package io.github.camelanaplan.simulator.seed;

import io.github.camelanaplan.simulator.state.AnaplanList;
import io.github.camelanaplan.simulator.state.IdPrefix;
import io.github.camelanaplan.simulator.state.ListItem;
import io.github.camelanaplan.simulator.state.ListItems;
import io.github.camelanaplan.simulator.state.ListProperty;
import io.github.camelanaplan.simulator.state.ListSubset;
import io.github.camelanaplan.simulator.state.Model;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Creates lists and their items, explicit ones first, then generated ones. */
final class ListSeeder {

    private final Model model;
    private final Names names;

    ListSeeder(Model model, Names names) {
        this.model = model;
        this.names = names;
    }

    void seed(List<ModelFile.ListSpec> specs) {
        for (ModelFile.ListSpec spec : specs) {
            AnaplanList list = define(spec);
            model.lists().put(list);
            for (ModelFile.ItemSpec item : spec.items()) {
                add(list, item.name(), item.code(), item.parent(), item.properties(), item.subsets());
            }
            if (spec.generate() != null) {
                generate(list, spec.generate());
            }
        }
    }

    private AnaplanList define(ModelFile.ListSpec spec) {
        TenantSeeder.require(spec.name(), "list name in model " + model.name());
        String id = spec.id();
        if (id != null) {
            model.ids().reserve(id);
        } else {
            id = model.ids().next(IdPrefix.LIST);
        }
        String parentId = spec.parent() == null ? null : names.list(spec.parent()).id();
        List<ListProperty> properties = new ArrayList<>();
        for (ModelFile.PropertySpec property : spec.properties()) {
            properties.add(new ListProperty(property.name(), names.format(property.format())));
        }
        List<ListSubset> subsets = new ArrayList<>();
        for (String subset : spec.subsets()) {
            subsets.add(new ListSubset(model.ids().next(IdPrefix.LIST_SUBSET), subset));
        }
        return new AnaplanList(id, spec.name(), spec.code(), parentId, Boolean.TRUE.equals(spec.numbered()),
                properties, subsets, new ListItems());
    }

    private void generate(AnaplanList list, ModelFile.GeneratorSpec generator) {
        TenantSeeder.require(generator.name(), "generator name rule of list " + list.name());
        for (int n = 1; n <= generator.count(); n++) {
            Map<String, String> properties = new LinkedHashMap<>();
            final int number = n;
            generator.properties().forEach((property, rule) -> properties.put(property, rule.apply(number)));
            List<String> subsets = new ArrayList<>();
            generator.subsets().forEach((subset, rule) -> {
                if (Boolean.parseBoolean(rule.apply(number))) {
                    subsets.add(subset);
                }
            });
            add(list, generator.name().apply(n), generator.code() == null ? null : generator.code().apply(n),
                    generator.parent() == null ? null : generator.parent().apply(n), properties, subsets);
        }
    }

    private void add(AnaplanList list, String name, String code, String parent, Map<String, String> properties,
                     List<String> subsetNames) {
        for (String property : properties.keySet()) {
            if (list.property(property).isEmpty()) {
                throw new SeedException("List " + list.name() + " has no property " + property);
            }
        }
        Set<String> subsetIds = new HashSet<>();
        for (String subsetName : subsetNames) {
            subsetIds.add(list.subsets().stream().filter(s -> s.name().equalsIgnoreCase(subsetName)).findFirst()
                    .orElseThrow(() -> new SeedException("List " + list.name() + " has no subset " + subsetName))
                    .id());
        }
        String parentId = parent == null ? null : parentItem(list, parent);
        try {
            list.store().add(new ListItem(model.ids().next(IdPrefix.LIST_ITEM), name, code, parentId, properties,
                    subsetIds));
        } catch (IllegalArgumentException e) {
            throw new SeedException("List " + list.name() + ": " + e.getMessage());
        }
    }

    private String parentItem(AnaplanList list, String parent) {
        if (list.parentListId() == null) {
            throw new SeedException("List " + list.name() + " has no parent list but item parent " + parent);
        }
        AnaplanList parentList = model.lists().byId(list.parentListId()).orElseThrow();
        return parentList.store().byName(parent).or(() -> parentList.store().byCode(parent))
                .orElseThrow(() -> new SeedException("List " + parentList.name() + " has no item " + parent))
                .id();
    }
}
