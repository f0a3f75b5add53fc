package dev.mostrador.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real main with a broken business folder: the owner's mistakes printed plainly, exit status 2. */
class StartupFailureTest {
    @Test
    void printsTheProblemsAndExitsNonZeroWithoutAStackTrace() throws Exception {
        Path broken = Path.of("src/test/resources/broken-business").toAbsolutePath();
        Path out = TestDirs.file("mostrador-start-", ".out");
        Path err = TestDirs.file("mostrador-start-", ".err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Application.class.getName()))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("BOT_BUSINESS_DIR", broken.toString());
        pb.environment().put("BOT_DATA_DIR", TestDirs.dir("mostrador-start-data-").toString());
        pb.environment().put("MICRONAUT_SERVER_PORT", "-1");
        pb.environment().remove("BOT_BUNDLE");

        Process process = pb.start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) process.destroyForcibly();
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);

        assertThat(ended).as("the process ends by itself; stdout:\n" + stdout).isTrue();
        assertThat(process.exitValue()).as(stderr).isEqualTo(2);
        assertThat(stderr).contains("Mostrador cannot start").contains("business.yaml").contains("Marte/Olimpo")
                .contains("faqs.yaml").contains("{horario_inventado}");
        assertThat(stdout + stderr).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aMissingBusinessFolderIsExplained() throws Exception {
        Path missing = Path.of("target", "no-such-business-" + System.nanoTime()).toAbsolutePath();
        Path err = TestDirs.file("mostrador-start-", ".err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Application.class.getName())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        pb.environment().put("BOT_BUSINESS_DIR", missing.toString());
        pb.environment().put("BOT_DATA_DIR", TestDirs.dir("mostrador-start-data-").toString());
        pb.environment().put("MICRONAUT_SERVER_PORT", "-1");

        Process process = pb.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(err)).contains("BOT_BUSINESS_DIR").contains(missing.toString())
                .contains("is not a folder");
    }
}
