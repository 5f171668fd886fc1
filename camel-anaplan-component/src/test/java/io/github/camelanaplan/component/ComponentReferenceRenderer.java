package io.github.camelanaplan.component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renders the option and header tables of the generated catalog JSON ({@code anaplan.json}), as Markdown for
 * {@code docs/component-reference.md} and as AsciiDoc for the marked region of {@code anaplan-component.adoc}.
 */
final class ComponentReferenceRenderer {

    private record Row(String name, String description, String defaultValue, String type, String group) {
    }

    private ComponentReferenceRenderer() {
    }

    static String markdown(JsonNode catalog) {
        JsonNode component = catalog.get("component");
        StringBuilder md = new StringBuilder();
        md.append("# ").append(component.get("title").asText()).append(" component reference\n\n")
                .append("<!-- Generated from src/generated/resources/META-INF/io/github/camelanaplan/component/anaplan.json by\n")
                .append("     ComponentReferenceDocTest; run the module's tests with -Dupdate.docs=true after changing options. -->\n\n")
                .append(component.get("description").asText()).append("\n\n")
                .append("* Maven: `").append(component.get("groupId").asText()).append(':')
                .append(component.get("artifactId").asText()).append("`\n")
                .append("* URI syntax: `").append(component.get("syntax").asText()).append("`\n")
                .append("* Producer only: ").append(component.get("producerOnly").asBoolean()).append("\n\n");
        section(md, "Component options (`camel.component.anaplan.*`)", rows(catalog.get("componentProperties")), true);
        section(md, "Endpoint options", rows(catalog.get("properties")), true);
        section(md, "Message headers", headerRows(catalog.get("headers")), false);
        return md.toString();
    }

    static String asciidoc(JsonNode catalog) {
        StringBuilder adoc = new StringBuilder();
        adocTable(adoc, "Component options", rows(catalog.get("componentProperties")), true);
        adocTable(adoc, "Endpoint options", rows(catalog.get("properties")), true);
        adocTable(adoc, "Message headers", headerRows(catalog.get("headers")), false);
        return adoc.toString();
    }

    private static void section(StringBuilder md, String title, List<Row> rows, boolean options) {
        md.append("## ").append(title).append("\n\n").append(rows.size()).append(" entries.\n\n");
        md.append(options ? "| Name | Description | Default | Type | Group |\n|---|---|---|---|---|\n"
                : "| Name | Description | Type |\n|---|---|---|\n");
        for (Row row : rows) {
            md.append("| `").append(row.name()).append("` | ").append(cell(row.description())).append(" | ");
            if (options) {
                md.append(row.defaultValue().isEmpty() ? "" : "`" + cell(row.defaultValue()) + "`").append(" | ");
            }
            md.append('`').append(cell(row.type())).append('`');
            if (options) {
                md.append(" | ").append(row.group());
            }
            md.append(" |\n");
        }
        md.append('\n');
    }

    private static void adocTable(StringBuilder adoc, String title, List<Row> rows, boolean options) {
        adoc.append('.').append(title).append(" (").append(rows.size()).append(")\n");
        adoc.append(options ? "[width=\"100%\",cols=\"2,5,1,1,1\",options=\"header\"]\n"
                : "[width=\"100%\",cols=\"2,5,2\",options=\"header\"]\n");
        adoc.append("|===\n").append(options ? "| Name | Description | Default | Type | Group\n" : "| Name | Description | Type\n");
        for (Row row : rows) {
            adoc.append("| `").append(row.name()).append("` | ").append(cell(row.description()));
            if (options) {
                adoc.append(" | ").append(cell(row.defaultValue()));
            }
            adoc.append(" | `").append(cell(row.type())).append('`');
            if (options) {
                adoc.append(" | ").append(row.group());
            }
            adoc.append('\n');
        }
        adoc.append("|===\n\n");
    }

    private static List<Row> rows(JsonNode properties) {
        List<Row> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode p = entry.getValue();
            String type = p.path("javaType").asText();
            if (p.has("enum")) {
                List<String> values = new ArrayList<>();
                p.get("enum").forEach(v -> values.add(v.asText()));
                type = "enum: " + String.join(", ", values);
            }
            String description = p.path("description").asText();
            if (p.path("required").asBoolean()) {
                description = "*Required.* " + description;
            }
            if (p.path("secret").asBoolean()) {
                description = description + " (secret: masked in URIs)";
            }
            rows.add(new Row(entry.getKey(), description, p.path("defaultValue").asText(""), type, p.path("group").asText()));
        }
        return rows;
    }

    private static List<Row> headerRows(JsonNode headers) {
        List<Row> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode h = entry.getValue();
            String direction = "producer".equals(h.path("label").asText()) ? "In: " : "Out: ";
            rows.add(new Row(entry.getKey(), direction + h.path("description").asText(), "", h.path("javaType").asText(), ""));
        }
        return rows;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
