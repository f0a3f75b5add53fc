package dev.mostrador.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every setting the runtime reads is documented in bot-runtime/README.md. */
class RuntimeReadmeTest {
    @Test
    void documentsEverySetting() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (String variable : RuntimeSettings.VARIABLES) {
            assertThat(readme).as("README documents " + variable).contains("`" + variable + "`");
        }
    }
}
