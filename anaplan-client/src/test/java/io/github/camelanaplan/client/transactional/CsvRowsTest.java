package io.github.camelanaplan.client.transactional;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRowsTest {

    @Test
    void quotedFieldsDoubledQuotesLineEndsAndEmptyFields() throws IOException {
        String csv = "id,name,code\r\n1,\"Smith, \"\"J\"\"\",\n2,\"two\nlines\",C2\n3,,\"\"";
        List<List<String>> rows = new ArrayList<>();
        try (CsvRows parsed = new CsvRows(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            parsed.forEachRemaining(rows::add);
        }
        assertThat(rows).containsExactly(List.of("id", "name", "code"), List.of("1", "Smith, \"J\"", ""),
                List.of("2", "two\nlines", "C2"), List.of("3", "", ""));
    }

    @Test
    void keysComeFromTheNameAndCodeColumns() {
        String csv = "id,name,code,parent\n202,\"North, East\",NE,\n203,South,,\n";
        ListKeys keys = ListKeys.fromCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(keys.names()).containsExactlyInAnyOrder("North, East", "South");
        assertThat(keys.codes()).containsExactly("NE");
        assertThat(keys.ids()).containsExactlyInAnyOrder("202", "203");
        assertThat(keys.contains(ListItemWrite.of("anything", "NE"))).isTrue();
        assertThat(keys.contains(ListItemWrite.of("South", null))).isTrue();
        assertThat(keys.contains(ListItemWrite.of("South", "S"))).isFalse();
        assertThat(keys.containsItem(ListItemWrite.byId("203"))).isTrue();
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        CsvRows rows = new CsvRows(new ByteArrayInputStream("a,\"b".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(rows::next).isInstanceOf(java.io.UncheckedIOException.class)
                .hasRootCauseMessage("CSV ends inside a quoted field");
    }
}
