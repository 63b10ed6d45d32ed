package dev.nerve.server;

import dev.nerve.protocol.Protocol;
import dev.nerve.ui.Op;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser runtime's constant table and operations are the same as the Java side's, name for name. */
class ProtocolMirrorTest {

    @Test
    void protocolJsHasEveryConstantOfProtocolJavaWithTheSameValue() throws Exception {
        Map<String, String> java = new LinkedHashMap<>();
        for (Field field : Protocol.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) continue;
            Object value = field.get(null);
            java.put(field.getName(), value instanceof String text ? "\"" + text + "\"" : String.valueOf(value));
        }
        Map<String, String> js = new LinkedHashMap<>();
        Matcher entry = Pattern.compile("^\\s+([A-Z_]+): (\"[^\"]*\"|\\d+),$", Pattern.MULTILINE).matcher(asset("protocol.js"));
        while (entry.find()) js.put(entry.group(1), entry.group(2));

        assertThat(js).isEqualTo(java);
    }

    @Test
    void exprJsImplementsExactlyTheOperationsJavaCanWrite() throws Exception {
        Set<String> js = new LinkedHashSet<>();
        String source = asset("expr.js");
        String table = source.substring(source.indexOf("const OPS"), source.indexOf("});", source.indexOf("const OPS")));
        Matcher op = Pattern.compile("^\\s+(\\w+): ", Pattern.MULTILINE).matcher(table);
        while (op.find()) js.add(op.group(1));

        assertThat(js).containsExactlyInAnyOrderElementsOf(Op.NAMES);
    }

    private static String asset(String name) throws IOException {
        try (InputStream in = ProtocolMirrorTest.class.getResourceAsStream("/dev/nerve/server/assets/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
