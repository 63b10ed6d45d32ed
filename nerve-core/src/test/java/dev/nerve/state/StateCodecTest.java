package dev.nerve.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The direct path for scalars writes exactly what Jackson writes. */
class StateCodecTest {
    private final ObjectMapper mapper = StateCodec.defaultMapper();
    private final StateCodec codec = new StateCodec(mapper);

    @Test
    void scalarsAreWrittenAsJacksonWritesThem() throws Exception {
        List<Object> values = new ArrayList<>(List.of(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE, 7L, true, false,
                "", "plain", "quote \" inside", "back\\slash", "line\nbreak", "tab\tand\u0001control", "é ü 漢字 😀", "a/b", "\u2028"));
        values.add(null);
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(12); c > 0; c--) text.append((char) random.nextInt(0x10000));
            values.add(text.toString());
        }
        for (Object value : values) {
            assertThat(codec.encode("Test.var", value)).as("%s", value).isEqualTo(mapper.writeValueAsString(value));
        }
    }
}
