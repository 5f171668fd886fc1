package io.github.camelanaplan.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CellValuesTest {

    private static final ValueFormat NUMBER = ValueFormat.of(DataFormat.NUMBER);

    @Test
    void everyNumberReadsAsTheSameDoubleAsJavaParsesIt() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : "-");
            int digits = 1 + random.nextInt(18);
            int point = random.nextInt(digits + 2) - 1;
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    text.append('.');
                }
                text.append((char) ('0' + random.nextInt(10)));
            }
            String number = text.toString();
            assertThat(CellValues.parse(NUMBER, number, null)).as(number).isEqualTo(Double.valueOf(number));
        }
    }

    @Test
    void otherNumberFormsStillParseAndNonNumbersAreRejected() {
        assertThat(CellValues.parse(NUMBER, "1,080", null)).isEqualTo(1080.0);
        assertThat(CellValues.parse(NUMBER, " 2.5e3 ", null)).isEqualTo(2500.0);
        assertThat(CellValues.parse(NUMBER, ".5", null)).isEqualTo(0.5);
        assertThat(CellValues.parse(NUMBER, "5.", null)).isEqualTo(5.0);
        assertThat(CellValues.parse(NUMBER, "-0", null)).isEqualTo(-0.0);
        assertThat(CellValues.parse(NUMBER, "+7", null)).isEqualTo(7.0);
        assertThatThrownBy(() -> CellValues.parse(NUMBER, "-", null)).hasMessage("Invalid number: -");
        assertThatThrownBy(() -> CellValues.parse(NUMBER, "1.2.3", null)).hasMessage("Invalid number: 1.2.3");
        assertThatThrownBy(() -> CellValues.parse(NUMBER, "lots", null)).hasMessage("Invalid number: lots");
    }
}
