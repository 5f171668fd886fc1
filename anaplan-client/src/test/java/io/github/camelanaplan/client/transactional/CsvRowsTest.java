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
        ListKeys keys = ListKeys.fromCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), true);
        assertThat(keys.names().size()).isEqualTo(2);
        assertThat(keys.names().contains("North, East")).isTrue();
        assertThat(keys.codes().size()).isEqualTo(1);
        assertThat(keys.ids().size()).isEqualTo(2);
        assertThat(keys.contains(ListItemWrite.of("anything", "NE"))).isTrue();
        assertThat(keys.contains(ListItemWrite.of("South", null))).isTrue();
        assertThat(keys.contains(ListItemWrite.of("South", "S"))).isFalse();
        assertThat(keys.containsItem(ListItemWrite.byId("203"))).isTrue();
        assertThat(keys.containsItem(ListItemWrite.byId("204"))).isFalse();
    }

    @Test
    void keysReadWithoutIdsRefuseToMatchById() {
        String csv = "id,name,code\n202,North,NE\n";
        ListKeys keys = ListKeys.fromCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false);
        assertThat(keys.ids()).isNull();
        assertThat(keys.contains(ListItemWrite.of("North", null))).isTrue();
        assertThatThrownBy(() -> keys.containsItem(ListItemWrite.byId("202"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("the ids of the list's items were not read");
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        CsvRows rows = new CsvRows(new ByteArrayInputStream("a,\"b".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(rows::next).isInstanceOf(java.io.UncheckedIOException.class)
                .hasRootCauseMessage("CSV ends inside a quoted field");
    }
}
