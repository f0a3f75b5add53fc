package dev.mostrador.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestMojoTest {
    @TempDir Path temp;
    final RecordingLog log = new RecordingLog();

    private TestMojo mojo(Path businessDir) {
        var mojo = new TestMojo();
        mojo.businessDir = businessDir.toFile();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void passingTestsPrintASummary() throws Exception {
        mojo(Fixtures.copy("pulperia", temp)).execute();
        assertThat(log.at("INFO")).containsExactly("  ok   recargas sin tildes",
                "Mostrador conversation tests: 1 passed, 0 failed");
    }

    @Test
    void aFailingTestNamesFileLineTurnExpectationAndAnswer() {
        var mojo = mojo(Fixtures.copy("failing-test", temp));
        String failure = "business/tests/mal.yaml:6 \"espera una respuesta que no existe\" turn 2 \"y dan fiado?\": "
                + "expected reply containing \"los domingos regalamos pan\" but got "
                + "\"Solo a clientes de confianza del barrio. Preguntale a Doña Tere.\"";
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Conversation tests: 1 passed, 1 failed\n  " + failure);
        assertThat(log.at("ERROR")).containsExactly("  FAIL " + failure);
        assertThat(log.at("INFO")).containsExactly("  ok   recargas bien",
                "Mostrador conversation tests: 1 passed, 1 failed");
    }

    @Test
    void theFilterRunsOnlyMatchingTests() throws Exception {
        var mojo = mojo(Fixtures.copy("failing-test", temp));
        mojo.test = "RECARGAS bien";
        mojo.execute();
        assertThat(log.at("INFO")).containsExactly("  ok   recargas bien",
                "Mostrador conversation tests: 1 passed, 0 failed");
    }

    @Test
    void skipTestsSkipsConversationTestsToo() throws Exception {
        var mojo = mojo(Fixtures.copy("failing-test", temp));
        mojo.skipTests = true;
        mojo.execute();
        assertThat(log.at("INFO")).containsExactly("Mostrador: conversation tests skipped (skipTests)");
    }
}
